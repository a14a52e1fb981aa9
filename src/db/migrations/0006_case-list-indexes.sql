CREATE INDEX "cases_updated_idx" ON "cases" USING btree ("updated_at");--> statement-breakpoint
CREATE INDEX "cases_value_idx" ON "cases" USING btree ("total_cents");