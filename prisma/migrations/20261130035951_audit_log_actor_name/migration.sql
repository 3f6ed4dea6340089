-- The actor's name as it was when the action happened, so that a rename does not rewrite past entries.
ALTER TABLE "AuditLog" ADD COLUMN "actorName" TEXT;

-- Rows written before this column get the names people have now (the best there is). The log is append-only
-- (see 20261125160000_audit_log_append_only): the row trigger is switched off for this one backfill, inside the
-- migration's transaction, and on again before anyone else can write.
ALTER TABLE "AuditLog" DISABLE TRIGGER "AuditLog_append_only_rows";
UPDATE "AuditLog" a SET "actorName" = u.name FROM "user" u WHERE u.id = a."userId" AND a."actorName" IS NULL;
ALTER TABLE "AuditLog" ENABLE TRIGGER "AuditLog_append_only_rows";
