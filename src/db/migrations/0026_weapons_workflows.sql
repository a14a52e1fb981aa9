CREATE TABLE "weapon_advocacy_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"company_id" uuid NOT NULL,
	"partner_code" text NOT NULL,
	"system_id" uuid,
	"competition_id" uuid,
	"state" text DEFAULT 'questionnaire' NOT NULL,
	"sale_channel" text,
	"value_cents" bigint,
	"us_content_percent" integer,
	"bidder_of_record" text DEFAULT '' NOT NULL,
	"licence_information" text DEFAULT '' NOT NULL,
	"assistance_requested" text DEFAULT '' NOT NULL,
	"decision_date" date,
	"decision_maker" text DEFAULT '' NOT NULL,
	"competitors" text[] DEFAULT '{}'::text[] NOT NULL,
	"agreement_on_file_on" date,
	"due_diligence_on" date,
	"due_diligence_findings" text DEFAULT '' NOT NULL,
	"national_interest_on" date,
	"national_interest_determination" text DEFAULT '' NOT NULL,
	"strategy" text DEFAULT '' NOT NULL,
	"strategy_set_on" date,
	"ended_on" date,
	"end_reason" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weapon_advocacy_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "weapon_advocacy_state_check" CHECK ("weapon_advocacy_requests"."state" in ('questionnaire', 'agreement_on_file', 'due_diligence_done', 'national_interest_determined', 'strategy_set', 'declined', 'withdrawn')),
	CONSTRAINT "weapon_advocacy_channel_check" CHECK ("weapon_advocacy_requests"."sale_channel" is null or "weapon_advocacy_requests"."sale_channel" in ('fms', 'dcs')),
	CONSTRAINT "weapon_advocacy_value_check" CHECK ("weapon_advocacy_requests"."value_cents" is null or "weapon_advocacy_requests"."value_cents" >= 0),
	CONSTRAINT "weapon_advocacy_content_check" CHECK ("weapon_advocacy_requests"."us_content_percent" is null or "weapon_advocacy_requests"."us_content_percent" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "weapon_companies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"size_category" text NOT NULL,
	"cage_code" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weapon_companies_name_unique" UNIQUE("name"),
	CONSTRAINT "weapon_companies_cage_code_unique" UNIQUE("cage_code"),
	CONSTRAINT "weapon_companies_cage_check" CHECK ("weapon_companies"."cage_code" is null or "weapon_companies"."cage_code" ~ '^[A-Z0-9]{5}$'),
	CONSTRAINT "weapon_companies_size_check" CHECK ("weapon_companies"."size_category" in ('small', 'other_than_small'))
);
--> statement-breakpoint
CREATE TABLE "weapon_competitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"partner_code" text NOT NULL,
	"system_id" uuid,
	"title" text NOT NULL,
	"requirement" text NOT NULL,
	"sale_route" text NOT NULL,
	"lor_id" uuid,
	"bidders" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"briefing_policy" text NOT NULL,
	"neutrality_note" text DEFAULT '' NOT NULL,
	"single_offer_advocacy" boolean DEFAULT false NOT NULL,
	"rfp_planned" date,
	"rfp_actual" date,
	"bids_due_planned" date,
	"bids_due_actual" date,
	"down_select_planned" date,
	"down_select_actual" date,
	"award_planned" date,
	"award_actual" date,
	"policy_issues" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"outcome" text DEFAULT '' NOT NULL,
	"winner" text DEFAULT '' NOT NULL,
	"cancelled_on" date,
	"case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weapon_competitions_reference_unique" UNIQUE("reference"),
	CONSTRAINT "weapon_competitions_route_check" CHECK ("weapon_competitions"."sale_route" in ('fms', 'dcs', 'both')),
	CONSTRAINT "weapon_competitions_briefing_check" CHECK ("weapon_competitions"."briefing_policy" in ('attend_all', 'attend_none'))
);
--> statement-breakpoint
CREATE TABLE "weapon_forecast_reports" (
	"report_year" integer PRIMARY KEY NOT NULL,
	"submitted_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"submitted_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weapon_forecast_rows" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"system_id" uuid,
	"fiscal_year" integer NOT NULL,
	"description" text NOT NULL,
	"value_cents" bigint NOT NULL,
	"highly_probable" boolean DEFAULT false NOT NULL,
	"likelihood_percent" integer NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weapon_forecast_value_check" CHECK ("weapon_forecast_rows"."value_cents" >= 0),
	CONSTRAINT "weapon_forecast_likelihood_check" CHECK ("weapon_forecast_rows"."likelihood_percent" between 0 and 100 and (not "weapon_forecast_rows"."highly_probable" or "weapon_forecast_rows"."likelihood_percent" = 90))
);
--> statement-breakpoint
CREATE TABLE "weapon_inquiries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"company_id" uuid NOT NULL,
	"contact_name" text NOT NULL,
	"contact_email" text DEFAULT '' NOT NULL,
	"partner_code" text,
	"system_id" uuid,
	"question" text NOT NULL,
	"channel" text NOT NULL,
	"received_on" date NOT NULL,
	"assignee_id" uuid,
	"first_response_on" date,
	"case_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"competition_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"advocacy_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"closed_on" date,
	"outcome" text,
	"outcome_note" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weapon_inquiries_reference_unique" UNIQUE("reference"),
	CONSTRAINT "weapon_inquiries_channel_check" CHECK ("weapon_inquiries"."channel" in ('email', 'phone', 'letter', 'meeting', 'web_form')),
	CONSTRAINT "weapon_inquiries_closed_check" CHECK (("weapon_inquiries"."closed_on" is null) = ("weapon_inquiries"."outcome" is null)),
	CONSTRAINT "weapon_inquiries_response_check" CHECK ("weapon_inquiries"."first_response_on" is null or "weapon_inquiries"."first_response_on" >= "weapon_inquiries"."received_on")
);
--> statement-breakpoint
CREATE TABLE "weapon_inquiry_responses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inquiry_id" uuid NOT NULL,
	"responded_on" date NOT NULL,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "weapon_response_targets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"effective_from" date NOT NULL,
	"days" integer NOT NULL,
	"source" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weapon_response_targets_effective_from_unique" UNIQUE("effective_from"),
	CONSTRAINT "weapon_response_targets_days_check" CHECK ("weapon_response_targets"."days" > 0)
);
--> statement-breakpoint
ALTER TABLE "weapon_advocacy_requests" ADD CONSTRAINT "weapon_advocacy_requests_company_id_weapon_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."weapon_companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_advocacy_requests" ADD CONSTRAINT "weapon_advocacy_requests_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_advocacy_requests" ADD CONSTRAINT "weapon_advocacy_requests_system_id_weapon_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."weapon_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_advocacy_requests" ADD CONSTRAINT "weapon_advocacy_requests_competition_id_weapon_competitions_id_fk" FOREIGN KEY ("competition_id") REFERENCES "public"."weapon_competitions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_competitions" ADD CONSTRAINT "weapon_competitions_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_competitions" ADD CONSTRAINT "weapon_competitions_system_id_weapon_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."weapon_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_competitions" ADD CONSTRAINT "weapon_competitions_lor_id_letters_of_request_id_fk" FOREIGN KEY ("lor_id") REFERENCES "public"."letters_of_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_forecast_rows" ADD CONSTRAINT "weapon_forecast_rows_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_forecast_rows" ADD CONSTRAINT "weapon_forecast_rows_system_id_weapon_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."weapon_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_inquiries" ADD CONSTRAINT "weapon_inquiries_company_id_weapon_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."weapon_companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_inquiries" ADD CONSTRAINT "weapon_inquiries_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_inquiries" ADD CONSTRAINT "weapon_inquiries_system_id_weapon_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."weapon_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_inquiries" ADD CONSTRAINT "weapon_inquiries_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "weapon_inquiry_responses" ADD CONSTRAINT "weapon_inquiry_responses_inquiry_id_weapon_inquiries_id_fk" FOREIGN KEY ("inquiry_id") REFERENCES "public"."weapon_inquiries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "weapon_advocacy_partner_idx" ON "weapon_advocacy_requests" USING btree ("partner_code","state");--> statement-breakpoint
CREATE INDEX "weapon_advocacy_system_idx" ON "weapon_advocacy_requests" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "weapon_competitions_partner_idx" ON "weapon_competitions" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "weapon_competitions_system_idx" ON "weapon_competitions" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "weapon_forecast_partner_idx" ON "weapon_forecast_rows" USING btree ("partner_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "weapon_forecast_year_idx" ON "weapon_forecast_rows" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "weapon_inquiries_partner_idx" ON "weapon_inquiries" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "weapon_inquiries_assignee_idx" ON "weapon_inquiries" USING btree ("assignee_id","closed_on");--> statement-breakpoint
CREATE INDEX "weapon_inquiries_received_idx" ON "weapon_inquiries" USING btree ("received_on");--> statement-breakpoint
CREATE INDEX "weapon_inquiries_system_idx" ON "weapon_inquiries" USING btree ("system_id");--> statement-breakpoint
CREATE INDEX "weapon_inquiry_responses_inquiry_idx" ON "weapon_inquiry_responses" USING btree ("inquiry_id","responded_on");