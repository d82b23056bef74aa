-- Consent changes are ordered by a sequence assigned at insert time (after the per-patient lock),
-- not by created_at: a transaction's now() is its start time, which can be earlier than that of a
-- change it waited for.
ALTER TABLE "consent_records" ADD COLUMN "sequence" BIGSERIAL NOT NULL;
CREATE UNIQUE INDEX "consent_records_sequence_key" ON "consent_records"("sequence");
DROP INDEX "consent_records_patient_id_type_created_at_idx";
CREATE INDEX "consent_records_patient_id_type_sequence_idx" ON "consent_records"("patient_id", "type", "sequence");
