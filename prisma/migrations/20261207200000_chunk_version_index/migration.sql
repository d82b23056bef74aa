-- The version of a patient's searchable chunks (INDEX_VERSION in src/retrieval/chunk.repository.ts:
-- their count and the sum of their ids' hashes), read on every search, from this index alone: with
-- the id included the aggregate is an index-only scan instead of one heap page per chunk (a chunk row
-- holds its vector in line, so 2 000 chunks were ~2 000 pages: ~18 ms against 1-3.5 ms, measured).
DROP INDEX "session_chunks_organization_id_patient_id_idx";
CREATE INDEX "session_chunks_organization_id_patient_id_idx" ON "session_chunks"("organization_id", "patient_id") INCLUDE ("session_id", "stem_count", "analyzer_version", "id");
