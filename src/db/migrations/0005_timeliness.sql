CREATE TABLE "timeliness_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_group" text,
	"clock_start" text NOT NULL,
	"days" integer NOT NULL,
	"share_percent" integer NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "timeliness_targets_case_group_check" CHECK ("timeliness_targets"."case_group" is null or "timeliness_targets"."case_group" in ('A', 'B', 'C', 'D')),
	CONSTRAINT "timeliness_targets_clock_start_check" CHECK ("timeliness_targets"."clock_start" in ('lor_received', 'lor_complete')),
	CONSTRAINT "timeliness_targets_days_check" CHECK ("timeliness_targets"."days" > 0),
	CONSTRAINT "timeliness_targets_share_check" CHECK ("timeliness_targets"."share_percent" between 1 and 100),
	CONSTRAINT "timeliness_targets_dates_check" CHECK ("timeliness_targets"."effective_to" is null or "timeliness_targets"."effective_to" >= "timeliness_targets"."effective_from")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "offer_group" text;--> statement-breakpoint
CREATE INDEX "timeliness_targets_group_idx" ON "timeliness_targets" USING btree ("case_group","effective_from");--> statement-breakpoint
CREATE INDEX "case_milestones_milestone_date_idx" ON "case_milestones" USING btree ("milestone","on_date");--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_offer_group_check" CHECK ("cases"."offer_group" is null or "cases"."offer_group" in ('A', 'B', 'C', 'D'));--> statement-breakpoint
-- The one timeliness goal shared/domain.md §3 confirms; goals per case development group are left for administrators.
INSERT INTO "timeliness_targets" ("case_group","clock_start","days","share_percent","effective_from","source","verified") VALUES (NULL,'lor_received',120,80,'2001-03-01','DSCA 01-06 (15 Feb 2001): from 1 Mar 2001, 80% of initial LOAs and amendments transmitted within 120 days after IA receipt of the LOR (historic goal; the Anticipated Offer Date goals by case group of DSCA 11-46 and 12-08 are added per group by administrators)',true);
