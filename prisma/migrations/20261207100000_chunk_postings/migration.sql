-- Per-patient inverted index: BM25 is computed in PostgreSQL over the query's postings only
-- (src/retrieval/chunk.repository.ts textSearch) instead of over every chunk in the API process.

-- Each chunk's stem count (the BM25 document length) and the version of the analyzer
-- (src/retrieval/bm25.ts ANALYZER_VERSION) its postings were made with. NULL: no postings yet
-- (rows written before this migration); such chunks are indexed when their patient is next searched.
ALTER TABLE "session_chunks" ADD COLUMN "stem_count" INTEGER;
ALTER TABLE "session_chunks" ADD COLUMN "analyzer_version" INTEGER;

-- One row per (chunk, stem): how often the stem occurs in the chunk (tf). Scoped like the chunk
-- itself; deleted with it (session delete, consent purge, re-index all delete chunks). The chunk's
-- session and stem count (dl) are repeated here so the search needs no join per posting: a posting
-- counts when its session is one of the patient's READY sessions, and BM25 needs dl.
CREATE TABLE "chunk_postings" (
    "chunk_id" UUID NOT NULL,
    "organization_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "stem" TEXT NOT NULL,
    "tf" INTEGER NOT NULL,
    "dl" INTEGER NOT NULL,
    CONSTRAINT "chunk_postings_pkey" PRIMARY KEY ("chunk_id", "stem")
);
-- The search reads a patient's postings of the query stems from this index alone.
CREATE INDEX "chunk_postings_organization_id_patient_id_stem_idx" ON "chunk_postings"("organization_id", "patient_id", "stem") INCLUDE ("session_id", "chunk_id", "tf", "dl");
ALTER TABLE "chunk_postings" ADD CONSTRAINT "chunk_postings_chunk_id_fkey" FOREIGN KEY ("chunk_id") REFERENCES "session_chunks"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The exact per-patient vector scan reads no TOAST. pgvector's type is stored EXTERNAL, so a 512-d
-- vector (2 KiB) went to the TOAST table: a TOAST index lookup per chunk. And a row over 2 KiB has
-- every EXTENDED value moved out of line, even embedding_model (filtered on per row) and speakers.
-- MAIN keeps them in the row unless it cannot fit a page (large dimensions still work); text and
-- tsv (read only for the few chunks returned) go to TOAST. Applies to rows written from now on;
-- older rows move when re-embedded (`reembed --all`) or the table is rewritten (VACUUM FULL).
ALTER TABLE "session_chunks" ALTER COLUMN "embedding" SET STORAGE MAIN;
ALTER TABLE "session_chunks" ALTER COLUMN "embedding_model" SET STORAGE MAIN;
ALTER TABLE "session_chunks" ALTER COLUMN "speakers" SET STORAGE MAIN;

-- The patient's chunk list for the BM25 statistics (N, average length, stale postings) from the
-- index alone, scoped by organization and patient like every read.
CREATE INDEX "session_chunks_organization_id_patient_id_idx" ON "session_chunks"("organization_id", "patient_id") INCLUDE ("session_id", "stem_count", "analyzer_version");

-- A patient belongs to one organization: without these the planner multiplies the two filters'
-- selectivities and expects a tenth of a patient's rows.
CREATE STATISTICS "session_chunks_organization_id_patient_id_stats" (dependencies) ON "organization_id", "patient_id" FROM "session_chunks";
CREATE STATISTICS "chunk_postings_organization_id_patient_id_stats" (dependencies) ON "organization_id", "patient_id" FROM "chunk_postings";
