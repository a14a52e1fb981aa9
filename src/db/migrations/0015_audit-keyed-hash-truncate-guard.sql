-- Records written before this migration keep their unkeyed hash (version 1); the key is held outside the database,
-- so they cannot be re-keyed here. Every writer states the version of each new record (2: HMAC with the audit key).
ALTER TABLE "audit_log" ADD COLUMN "hash_version" smallint NOT NULL DEFAULT 1;
--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash_version" DROP DEFAULT;
--> statement-breakpoint
-- TRUNCATE fires no row trigger: refuse it with a statement trigger, as UPDATE and DELETE are (0002).
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON "audit_log"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
