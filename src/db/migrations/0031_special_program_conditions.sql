CREATE TABLE "sp_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"condition_id" uuid NOT NULL,
	"certified_on" date NOT NULL,
	"certified_by" text NOT NULL,
	"document_ref" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sp_program_conditions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"fiscal_year" integer,
	"kind" text NOT NULL,
	"applies_to_code" text,
	"stage" text DEFAULT '' NOT NULL,
	"notice_days" integer,
	"ceiling_cents" bigint,
	"ceiling_basis_points" integer,
	"certification" text,
	"ends_on" date,
	"description" text DEFAULT '' NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sp_program_conditions_code_check" CHECK ("sp_program_conditions"."applies_to_code" is null or "sp_program_conditions"."applies_to_code" ~ '^[A-Z0-9]{2,3}$'),
	CONSTRAINT "sp_program_conditions_days_check" CHECK ("sp_program_conditions"."notice_days" is null or "sp_program_conditions"."notice_days" between 0 and 365),
	CONSTRAINT "sp_program_conditions_ceiling_check" CHECK ("sp_program_conditions"."ceiling_cents" is null or "sp_program_conditions"."ceiling_cents" >= 0),
	CONSTRAINT "sp_program_conditions_share_check" CHECK ("sp_program_conditions"."ceiling_basis_points" is null or "sp_program_conditions"."ceiling_basis_points" between 0 and 10000),
	CONSTRAINT "sp_program_conditions_period_check" CHECK ("sp_program_conditions"."effective_to" is null or "sp_program_conditions"."effective_to" >= "sp_program_conditions"."effective_from")
);
--> statement-breakpoint
CREATE TABLE "sp_notices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"condition_id" uuid NOT NULL,
	"partner_code" text NOT NULL,
	"given_on" date NOT NULL,
	"amount_cents" bigint,
	"document_ref" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sp_notices_amount_check" CHECK ("sp_notices"."amount_cents" is null or "sp_notices"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "sp_recipients" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sp_vettings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"recipient_id" uuid NOT NULL,
	"vetted_by" text NOT NULL,
	"vetted_on" date NOT NULL,
	"result" text NOT NULL,
	"expires_on" date NOT NULL,
	"document_ref" text NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sp_vettings_period_check" CHECK ("sp_vettings"."expires_on" >= "sp_vettings"."vetted_on")
);
--> statement-breakpoint
ALTER TABLE "fund_transactions" ADD COLUMN "recipient_id" uuid;--> statement-breakpoint
ALTER TABLE "sp_certifications" ADD CONSTRAINT "sp_certifications_condition_id_sp_program_conditions_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."sp_program_conditions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sp_program_conditions" ADD CONSTRAINT "sp_program_conditions_program_code_fund_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."fund_programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sp_notices" ADD CONSTRAINT "sp_notices_condition_id_sp_program_conditions_id_fk" FOREIGN KEY ("condition_id") REFERENCES "public"."sp_program_conditions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sp_notices" ADD CONSTRAINT "sp_notices_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sp_recipients" ADD CONSTRAINT "sp_recipients_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sp_vettings" ADD CONSTRAINT "sp_vettings_recipient_id_sp_recipients_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."sp_recipients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "sp_certifications_condition_idx" ON "sp_certifications" USING btree ("condition_id");--> statement-breakpoint
CREATE INDEX "sp_program_conditions_program_idx" ON "sp_program_conditions" USING btree ("program_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "sp_notices_condition_idx" ON "sp_notices" USING btree ("condition_id","partner_code");--> statement-breakpoint
CREATE INDEX "sp_recipients_partner_idx" ON "sp_recipients" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "sp_recipients_name_idx" ON "sp_recipients" USING btree ("name");--> statement-breakpoint
CREATE INDEX "sp_vettings_recipient_idx" ON "sp_vettings" USING btree ("recipient_id");--> statement-breakpoint
CREATE INDEX "sp_vettings_expires_idx" ON "sp_vettings" USING btree ("expires_on");--> statement-breakpoint
-- Hand-written: the program conditions shared/domain.md §12 marks [confirmed], each with its source. Everything marked
-- [open], [to verify] or [secondary] (FY21 USAI $150M, ITEF FY15 staged releases, notice days per CTEF appropriation,
-- USAI's last authorised year) is left for an administrator to enter; the software never guesses it.
INSERT INTO "sp_program_conditions" ("program_code", "fiscal_year", "kind", "applies_to_code", "ceiling_cents", "ceiling_basis_points", "notice_days", "certification", "ends_on", "description", "effective_from", "source", "verified", "created_by") VALUES
	('USAI', 2017, 'withheld_until_certification', NULL, 17500000000, NULL, NULL, 'USAI reform certification', NULL, 'FY17 USAI: at most $175M obligated before the reform certification', '2016-10-01', 'GAO B-331564 (USAI FY17: at most $175M before the certification on defense institutional reform)', true, 'seed'),
	('USAI', 2019, 'advance_notice', NULL, NULL, NULL, 15, NULL, NULL, 'FY19 USAI: 15 days'' advance notice of any obligation', '2018-10-01', 'GAO B-331564 (FY2019 DoD appropriations act: 15 days'' advance notice to the committees of any USAI obligation)', true, 'seed'),
	('USAI', 2019, 'withheld_until_certification', NULL, NULL, 5000, NULL, 'USAI reform certification', NULL, 'FY19 USAI: more than 50% only after the certification (made 23 May 2019)', '2018-10-01', 'GAO B-331564 (USAI FY19: more than 50 percent only after the certification)', true, 'seed'),
	('SYRIA-TE', NULL, 'report_before_assistance', NULL, NULL, NULL, 15, NULL, NULL, 'Syria: a report at least 15 days before assistance, with the plan, the vetting process and end-use monitoring', '2014-12-19', 'FY15 NDAA (P.L. 113-291) §1209 as amended, per SAMM App 8 (shared/domain.md §12)', true, 'seed'),
	('SYRIA-TE', NULL, 'vetting_required', NULL, NULL, NULL, NULL, NULL, NULL, 'Recipients vetted for links to terrorist groups or the government of Iran, by the SCO or supporting U.S. forces', '2014-12-19', 'FY15 NDAA (P.L. 113-291) §1209 as amended, per SAMM App 8 (shared/domain.md §12)', true, 'seed'),
	('CTEF', NULL, 'vetting_required', NULL, NULL, NULL, NULL, NULL, NULL, 'Recipients vetted for links to terrorist groups or the government of Iran, by the SCO or supporting U.S. forces', '2014-12-19', 'CTEF: FY15 NDAA (P.L. 113-291) §1209 as amended, per SAMM App 8 (shared/domain.md §12)', true, 'seed'),
	('ITEF', 2017, 'code_availability', 'Z5', 63000000000, NULL, NULL, NULL, '2018-12-31', 'ITEF FY17, program code Z5: at most $630M, available to 31 December 2018', '2016-10-01', 'ITEF FY17 code Z5, $630M cap to 31 Dec 2018 (shared/domain.md §12 [confirmed])', true, 'seed');
