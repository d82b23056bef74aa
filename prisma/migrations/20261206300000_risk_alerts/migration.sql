-- Risk alerts reach a person (issue 16): a level per alert (CRISIS urgent, CONCERN lower
-- priority), who acknowledged it and why, when it was escalated to the organization's admins,
-- and per-organization delivery settings (a signed webhook for paging systems, the escalation delay).
CREATE TYPE "RiskLevel" AS ENUM ('NONE', 'CONCERN', 'CRISIS');

ALTER TABLE "alerts"
  ADD COLUMN "level" "RiskLevel" NOT NULL DEFAULT 'CRISIS',
  ADD COLUMN "categories" TEXT[] DEFAULT ARRAY[]::TEXT[],
  ADD COLUMN "language" TEXT NOT NULL DEFAULT 'en',
  ADD COLUMN "concern_for_others" BOOLEAN NOT NULL DEFAULT false,
  ADD COLUMN "conversation_id" UUID,
  ADD COLUMN "acknowledged_by" UUID,
  ADD COLUMN "note" TEXT,
  ADD COLUMN "escalated_at" TIMESTAMPTZ(3),
  -- An alert is about a risk; NONE is never raised.
  ADD CONSTRAINT "alerts_level_check" CHECK ("level" <> 'NONE');
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_acknowledged_by_fkey" FOREIGN KEY ("acknowledged_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "alerts" ADD CONSTRAINT "alerts_conversation_id_fkey" FOREIGN KEY ("conversation_id") REFERENCES "conversations"("id") ON DELETE SET NULL ON UPDATE CASCADE;
-- The dashboard's question: what is open in my organization, newest first.
CREATE INDEX "alerts_organization_id_acknowledged_at_created_at_idx" ON "alerts"("organization_id", "acknowledged_at", "created_at");

CREATE TABLE "risk_alert_settings" (
    "organization_id" UUID NOT NULL,
    "webhook_url" TEXT,
    -- AES-256-GCM (iv | tag | ciphertext) under RISK_ALERT_SECRET_KEY; never returned by the API.
    "webhook_secret" BYTEA,
    "webhook_minimum_level" "RiskLevel" NOT NULL DEFAULT 'CRISIS',
    "escalation_minutes" INTEGER,
    "updated_by" UUID,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "risk_alert_settings_pkey" PRIMARY KEY ("organization_id"),
    CONSTRAINT "risk_alert_settings_webhook_check" CHECK (("webhook_url" IS NULL) = ("webhook_secret" IS NULL)),
    CONSTRAINT "risk_alert_settings_escalation_check" CHECK ("escalation_minutes" IS NULL OR "escalation_minutes" BETWEEN 1 AND 1440)
);
ALTER TABLE "risk_alert_settings" ADD CONSTRAINT "risk_alert_settings_organization_id_fkey" FOREIGN KEY ("organization_id") REFERENCES "organizations"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "risk_alert_settings" ADD CONSTRAINT "risk_alert_settings_updated_by_fkey" FOREIGN KEY ("updated_by") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
