-- Every action records the key it came through, and every key records who issued it.
ALTER TABLE "api_keys" ADD COLUMN "created_by_user_id" UUID;
ALTER TABLE "audit_events" ADD COLUMN "api_key_id" UUID;
CREATE INDEX "audit_events_api_key_id_idx" ON "audit_events"("api_key_id");

-- Patients obtain their own keys by redeeming a one-time enrollment code (stored as a digest).
CREATE TABLE "enrollments" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "organization_id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "created_by_user_id" UUID NOT NULL,
    "code_digest" BYTEA NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "redeemed_at" TIMESTAMPTZ(3),
    "api_key_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "enrollments_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "enrollments_code_digest_key" ON "enrollments"("code_digest");
CREATE INDEX "enrollments_organization_id_user_id_idx" ON "enrollments"("organization_id", "user_id");
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "enrollments" ADD CONSTRAINT "enrollments_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
