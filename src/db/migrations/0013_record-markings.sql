ALTER TABLE "users" ADD COLUMN "need_to_know" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "markings" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
-- Markings are decided by the areas that own them (notifications: pre-notification) at start-up and on every write
-- that changes what they depend on; a partial index keeps "which cases are marked" cheap.
CREATE INDEX "cases_marked_idx" ON "cases" ("id") WHERE "markings" <> '{}'::text[];
