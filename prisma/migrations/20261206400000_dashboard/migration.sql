-- Issue 19 (therapist dashboard). Additive only.

-- How long a kept recording stays in storage; NULL keeps it until the session is deleted.
ALTER TABLE "organizations" ADD COLUMN "retention_days" INTEGER;

-- Every audit event names the patient it concerns, and who acted: a user, a background job or the system.
ALTER TABLE "audit_events" ADD COLUMN "patient_id" UUID;
ALTER TABLE "audit_events" ADD COLUMN "actor_type" TEXT NOT NULL DEFAULT 'USER';
ALTER TABLE "audit_events" ADD COLUMN "actor_job" TEXT;
-- Events written before this migration without an actor came from the CLI.
UPDATE "audit_events" SET "actor_type" = 'SYSTEM' WHERE "actor_user_id" IS NULL;
-- Name the patient of events written before this migration, from the subject they name.
UPDATE "audit_events" a SET "patient_id" = s."patient_id" FROM "sessions" s
  WHERE a."subject_type" = 'Session' AND a."subject_id" = s."id"::text AND a."organization_id" = s."organization_id";
UPDATE "audit_events" a SET "patient_id" = c."patient_id" FROM "consent_records" c
  WHERE a."subject_type" = 'ConsentRecord' AND a."subject_id" = c."id"::text AND a."organization_id" = c."organization_id";
UPDATE "audit_events" a SET "patient_id" = c."patient_id" FROM "conversations" c
  WHERE a."subject_type" = 'Conversation' AND a."subject_id" = c."id"::text AND a."organization_id" = c."organization_id";
UPDATE "audit_events" a SET "patient_id" = u."id" FROM "users" u
  WHERE a."subject_type" IN ('Patient', 'User') AND a."subject_id" = u."id"::text AND a."organization_id" = u."organization_id" AND u."role" = 'PATIENT';
CREATE INDEX "audit_events_organization_id_patient_id_at_idx" ON "audit_events"("organization_id", "patient_id", "at");

-- Versioned transcript corrections: who changed which segment, when, from what to what.
CREATE TABLE "transcript_corrections" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "session_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "segment_index" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "actor_user_id" UUID NOT NULL,
    "before" JSONB NOT NULL,
    "after" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "transcript_corrections_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "transcript_corrections_session_id_version_key" ON "transcript_corrections"("session_id", "version");
ALTER TABLE "transcript_corrections" ADD CONSTRAINT "transcript_corrections_session_id_fkey" FOREIGN KEY ("session_id") REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE;
