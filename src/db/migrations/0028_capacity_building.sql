CREATE TABLE "cb_checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"text" text NOT NULL,
	"kinds" text[] NOT NULL,
	"source" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cb_checklist_items_code_unique" UNIQUE("code"),
	CONSTRAINT "cb_checklist_items_kinds_check" CHECK (cardinality("cb_checklist_items"."kinds") > 0)
);
--> statement-breakpoint
CREATE TABLE "cb_notice_periods" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"days" integer NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"entered_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cb_notice_periods_days_check" CHECK ("cb_notice_periods"."days" > 0),
	CONSTRAINT "cb_notice_periods_dates_check" CHECK ("cb_notice_periods"."effective_to" is null or "cb_notice_periods"."effective_to" >= "cb_notice_periods"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "cb_program_codes" (
	"code" text PRIMARY KEY NOT NULL,
	"program_key" text NOT NULL,
	"fiscal_year" integer,
	"semi_permanent" boolean DEFAULT false NOT NULL,
	"source" text NOT NULL,
	CONSTRAINT "cb_program_codes_code_check" CHECK ("cb_program_codes"."code" ~ '^[A-Z0-9]{2,3}$')
);
--> statement-breakpoint
CREATE TABLE "cb_programs" (
	"key" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"authority" text NOT NULL,
	"funding_source" text,
	"requires_notice" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cb_proposal_cases" (
	"proposal_id" uuid NOT NULL,
	"case_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cb_proposal_cases_proposal_id_case_id_pk" PRIMARY KEY("proposal_id","case_id"),
	CONSTRAINT "cb_proposal_cases_case_id_unique" UNIQUE("case_id")
);
--> statement-breakpoint
CREATE TABLE "cb_proposal_moves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"proposal_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" text NOT NULL,
	"to_status" text NOT NULL,
	"on_date" date NOT NULL,
	"reason" text NOT NULL,
	"actor" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cb_proposals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"program_key" text NOT NULL,
	"partner_code" text NOT NULL,
	"title" text NOT NULL,
	"recipient_unit" text NOT NULL,
	"purposes" text[] DEFAULT '{}'::text[] NOT NULL,
	"requirement" text NOT NULL,
	"capability_gap" text NOT NULL,
	"requested" jsonb NOT NULL,
	"absorptive_capacity" text DEFAULT '' NOT NULL,
	"sustainment_plan" text DEFAULT '' NOT NULL,
	"delivery_schedule" text DEFAULT '' NOT NULL,
	"cost_estimate_cents" bigint NOT NULL,
	"construction_cents" bigint DEFAULT 0 NOT NULL,
	"construction" jsonb,
	"fiscal_year" integer NOT NULL,
	"appropriation_id" uuid,
	"stated_year" integer,
	"campaign_plan_links" text[] DEFAULT '{}'::text[] NOT NULL,
	"assessment" jsonb,
	"status" text DEFAULT 'development' NOT NULL,
	"program_code" text,
	"first_obligation_on" date,
	"last_key_article_on" date,
	"support_ends_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cb_proposals_reference_unique" UNIQUE("reference"),
	CONSTRAINT "cb_proposals_status_check" CHECK ("cb_proposals"."status" in ('development', 'ccmd_submitted', 'osd_approved', 'state_concurred', 'congressional_notification', 'approved', 'executing', 'complete', 'closed', 'withdrawn', 'returned')),
	CONSTRAINT "cb_proposals_money_check" CHECK ("cb_proposals"."cost_estimate_cents" > 0 and "cb_proposals"."construction_cents" >= 0 and "cb_proposals"."construction_cents" <= "cb_proposals"."cost_estimate_cents"),
	CONSTRAINT "cb_proposals_fiscal_year_check" CHECK ("cb_proposals"."fiscal_year" between 1900 and 2200)
);
--> statement-breakpoint
CREATE TABLE "cb_review_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"finding_id" uuid,
	"description" text NOT NULL,
	"owner" text NOT NULL,
	"due_on" date NOT NULL,
	"done_on" date,
	"done_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cb_review_actions_done_check" CHECK (("cb_review_actions"."done_on" is null) = ("cb_review_actions"."done_note" is null))
);
--> statement-breakpoint
CREATE TABLE "cb_review_findings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"review_id" uuid NOT NULL,
	"text" text NOT NULL,
	"severity" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cb_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_code" text NOT NULL,
	"kind" text NOT NULL,
	"trigger" text NOT NULL,
	"due_on" date NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"checklist" jsonb NOT NULL,
	"reviewer" text NOT NULL,
	"completed_on" date,
	"summary" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cb_reviews_kind_check" CHECK ("cb_reviews"."kind" in ('periodic', 'event', 'annual_fms')),
	CONSTRAINT "cb_reviews_status_check" CHECK ("cb_reviews"."status" in ('open', 'complete')),
	CONSTRAINT "cb_reviews_complete_check" CHECK (("cb_reviews"."status" = 'complete') = ("cb_reviews"."completed_on" is not null))
);
--> statement-breakpoint
ALTER TABLE "cb_program_codes" ADD CONSTRAINT "cb_program_codes_program_key_cb_programs_key_fk" FOREIGN KEY ("program_key") REFERENCES "public"."cb_programs"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_proposal_cases" ADD CONSTRAINT "cb_proposal_cases_proposal_id_cb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."cb_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_proposal_cases" ADD CONSTRAINT "cb_proposal_cases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_proposal_moves" ADD CONSTRAINT "cb_proposal_moves_proposal_id_cb_proposals_id_fk" FOREIGN KEY ("proposal_id") REFERENCES "public"."cb_proposals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_proposals" ADD CONSTRAINT "cb_proposals_program_key_cb_programs_key_fk" FOREIGN KEY ("program_key") REFERENCES "public"."cb_programs"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_proposals" ADD CONSTRAINT "cb_proposals_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_proposals" ADD CONSTRAINT "cb_proposals_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_proposals" ADD CONSTRAINT "cb_proposals_program_code_cb_program_codes_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."cb_program_codes"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_review_actions" ADD CONSTRAINT "cb_review_actions_review_id_cb_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."cb_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_review_actions" ADD CONSTRAINT "cb_review_actions_finding_id_cb_review_findings_id_fk" FOREIGN KEY ("finding_id") REFERENCES "public"."cb_review_findings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_review_findings" ADD CONSTRAINT "cb_review_findings_review_id_cb_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."cb_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_reviews" ADD CONSTRAINT "cb_reviews_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cb_reviews" ADD CONSTRAINT "cb_reviews_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cb_program_codes_program_idx" ON "cb_program_codes" USING btree ("program_key");--> statement-breakpoint
CREATE INDEX "cb_proposal_moves_proposal_idx" ON "cb_proposal_moves" USING btree ("proposal_id","created_at");--> statement-breakpoint
CREATE INDEX "cb_proposals_partner_idx" ON "cb_proposals" USING btree ("partner_code","status");--> statement-breakpoint
CREATE INDEX "cb_proposals_support_idx" ON "cb_proposals" USING btree ("support_ends_on");--> statement-breakpoint
CREATE INDEX "cb_proposals_stated_year_idx" ON "cb_proposals" USING btree ("stated_year");--> statement-breakpoint
CREATE INDEX "cb_review_actions_review_idx" ON "cb_review_actions" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "cb_review_actions_due_idx" ON "cb_review_actions" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "cb_review_findings_review_idx" ON "cb_review_findings" USING btree ("review_id");--> statement-breakpoint
CREATE INDEX "cb_reviews_case_idx" ON "cb_reviews" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "cb_reviews_partner_idx" ON "cb_reviews" USING btree ("partner_code","status");--> statement-breakpoint
CREATE INDEX "cb_reviews_due_idx" ON "cb_reviews" USING btree ("due_on");--> statement-breakpoint
-- Hand-written: the Title 10 programs shipped with IOPS and their confirmed program codes
-- (src/areas/capacity-building/rules/programs.ts STANDARD_PROGRAMS; shared/domain.md §1, §8, §9). Administrators add others.
INSERT INTO "cb_programs" ("key", "name", "authority", "funding_source", "requires_notice") VALUES
	('section_333', 'Section 333 (build capacity of foreign security forces)', '10 U.S.C. 333', 'section_333', true),
	('section_332', 'Section 332 (defense institution capacity building)', '10 U.S.C. 332', NULL, false),
	('usai', 'Ukraine Security Assistance Initiative', 'FY16 NDAA §1250 (P.L. 114-92), as amended', 'usai', false),
	('ctef', 'Counter-ISIL Train and Equip Fund', 'FY15 NDAA (P.L. 113-291) §1236, §1209', 'ctef', false),
	('msi', 'Maritime Security Initiative', 'FY16 NDAA §1263 (P.L. 114-92), as amended', NULL, false);--> statement-breakpoint
INSERT INTO "cb_program_codes" ("code", "program_key", "fiscal_year", "semi_permanent", "source") VALUES
	('DU', 'section_333', 2021, false, 'DSCA program codes for Section 333 FY21 (shared/domain.md §8)'),
	('DV', 'section_333', 2021, false, 'DSCA program codes for Section 333 FY21 (shared/domain.md §8)'),
	('DW', 'section_333', 2021, false, 'DSCA program codes for Section 333 FY21 (shared/domain.md §8)'),
	('YB', 'section_332', NULL, false, 'DSCA program codes for Section 332 (shared/domain.md §8)'),
	('YC', 'section_332', NULL, false, 'DSCA program codes for Section 332 (shared/domain.md §8)'),
	('WD', 'usai', NULL, false, 'USAI-PURL program code (DSCA 25-115; shared/domain.md §1)'),
	('LW', 'ctef', NULL, false, 'CTEF-Lebanon program code (DSCA 25-61; shared/domain.md §1)'),
	('LZ', 'ctef', NULL, false, 'CTEF-Lebanon program code (DSCA 25-61; shared/domain.md §1)');
