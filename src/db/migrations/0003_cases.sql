CREATE TABLE "case_milestones" (
	"case_id" uuid NOT NULL,
	"milestone" text NOT NULL,
	"on_date" date NOT NULL,
	CONSTRAINT "case_milestones_case_id_milestone_pk" PRIMARY KEY("case_id","milestone")
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"identifier" text NOT NULL,
	"partner_code" text NOT NULL,
	"agency_code" text NOT NULL,
	"designator" text NOT NULL,
	"type" text NOT NULL,
	"title" text NOT NULL,
	"funding_sources" text[] DEFAULT '{}'::text[] NOT NULL,
	"case_manager" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"lor_id" uuid,
	"total_cents" bigint DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_identifier_unique" UNIQUE("identifier"),
	CONSTRAINT "cases_partner_agency_designator" UNIQUE("partner_code","agency_code","designator")
);
--> statement-breakpoint
CREATE TABLE "implementing_agencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "letters_of_request" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"reference" text DEFAULT '' NOT NULL,
	"received_on" date NOT NULL,
	"complete_on" date,
	"channel" text NOT NULL,
	"agency_code" text,
	"description" text NOT NULL,
	"requested_items" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"return_reasons" text DEFAULT '' NOT NULL,
	"case_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loa_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"line_number" text NOT NULL,
	"description" text NOT NULL,
	"masl_generic_code" text DEFAULT '' NOT NULL,
	"masl_number" text DEFAULT '' NOT NULL,
	"quantity" integer NOT NULL,
	"unit_of_issue" text DEFAULT 'EA' NOT NULL,
	"unit_cost_cents" bigint NOT NULL,
	"mde" boolean DEFAULT false NOT NULL,
	"sme" boolean DEFAULT false NOT NULL,
	"eeum" boolean DEFAULT false NOT NULL,
	"source_of_supply" text DEFAULT '' NOT NULL,
	"delivery_period" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loa_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"code" text NOT NULL,
	"title" text NOT NULL,
	"text" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loa_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"due_date" date NOT NULL,
	"amount_cents" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loa_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"kind" text NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"accessorial_cents" bigint DEFAULT 0 NOT NULL,
	"surcharge_basis_points" integer DEFAULT 0 NOT NULL,
	"lines_cents" bigint DEFAULT 0 NOT NULL,
	"administrative_cents" bigint DEFAULT 0 NOT NULL,
	"total_cents" bigint DEFAULT 0 NOT NULL,
	"offer_date" date,
	"offer_expiration_date" date,
	"accepted_on" date,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loa_versions_case_number" UNIQUE("case_id","number")
);
--> statement-breakpoint
CREATE TABLE "review_comments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"version_number" integer NOT NULL,
	"line_number" text,
	"note_code" text,
	"author_id" text NOT NULL,
	"author_name" text NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "saved_views" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" text NOT NULL,
	"area" text NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_views_user_area_name" UNIQUE("user_id","area","name")
);
--> statement-breakpoint
ALTER TABLE "case_milestones" ADD CONSTRAINT "case_milestones_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_agency_code_implementing_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."implementing_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_lor_id_letters_of_request_id_fk" FOREIGN KEY ("lor_id") REFERENCES "public"."letters_of_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters_of_request" ADD CONSTRAINT "letters_of_request_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "letters_of_request" ADD CONSTRAINT "letters_of_request_agency_code_implementing_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."implementing_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loa_lines" ADD CONSTRAINT "loa_lines_version_id_loa_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."loa_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loa_notes" ADD CONSTRAINT "loa_notes_version_id_loa_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."loa_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loa_payments" ADD CONSTRAINT "loa_payments_version_id_loa_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."loa_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "loa_versions" ADD CONSTRAINT "loa_versions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "review_comments" ADD CONSTRAINT "review_comments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cases_partner_idx" ON "cases" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "cases_status_idx" ON "cases" USING btree ("status");--> statement-breakpoint
CREATE INDEX "cases_agency_idx" ON "cases" USING btree ("agency_code");--> statement-breakpoint
CREATE INDEX "lor_partner_idx" ON "letters_of_request" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "lor_status_idx" ON "letters_of_request" USING btree ("status");--> statement-breakpoint
CREATE INDEX "loa_lines_version_idx" ON "loa_lines" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "loa_notes_version_idx" ON "loa_notes" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "loa_payments_version_idx" ON "loa_payments" USING btree ("version_id");--> statement-breakpoint
CREATE INDEX "review_comments_case_idx" ON "review_comments" USING btree ("case_id");