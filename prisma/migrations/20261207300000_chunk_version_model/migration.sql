-- INDEX_VERSION (src/retrieval/chunk.repository.ts) now seeds each chunk id's hash with the chunk's
-- embedding model, so a model changed in place moves the version like a chunk written or deleted
-- (the in-process patient index never serves vectors of a model the row no longer holds). The
-- version stays an index-only scan: the model joins the columns the index carries.
DROP INDEX "session_chunks_organization_id_patient_id_idx";
CREATE INDEX "session_chunks_organization_id_patient_id_idx" ON "session_chunks"("organization_id", "patient_id") INCLUDE ("session_id", "stem_count", "analyzer_version", "id", "embedding_model");
