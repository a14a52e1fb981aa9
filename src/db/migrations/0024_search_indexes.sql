-- Trigram operators for the "contains" searches below (a trusted extension: no superuser needed; PGlite loads it in src/db/client.ts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "cases_identifier_trgm_idx" ON "cases" USING gin ("identifier" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "cases_title_trgm_idx" ON "cases" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "lor_reference_trgm_idx" ON "letters_of_request" USING gin ("reference" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "lor_description_trgm_idx" ON "letters_of_request" USING gin ("description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "partners_name_trgm_idx" ON "partners" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_transmittal_trgm_idx" ON "notifications" USING gin ("transmittal_number" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_description_trgm_idx" ON "notifications" USING gin ("description" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "notifications_description_fts_idx" ON "notifications" USING gin (to_tsvector('english', "description"));