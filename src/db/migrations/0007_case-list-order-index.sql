DROP INDEX "cases_updated_idx";--> statement-breakpoint
CREATE INDEX "cases_updated_identifier_idx" ON "cases" USING btree ("updated_at" DESC NULLS FIRST,"identifier");