-- DELETED is only ever sent to subscribers as the last event of a deleted session; rows never
-- hold it (they are removed by the purge), but the enum is shared with the API's SessionStatus.
ALTER TYPE "SessionStatus" ADD VALUE 'DELETED';
-- Finds assistant messages that cite a session, to erase their quotes when it is deleted.
CREATE INDEX "messages_citations_idx" ON "messages" USING GIN ("citations" jsonb_path_ops);
