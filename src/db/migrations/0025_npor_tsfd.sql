CREATE TABLE "npor_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"partner_code" text NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"system_id" uuid,
	"npor_type" text,
	"lor_id" uuid,
	"case_id" uuid,
	"received_on" date NOT NULL,
	"status" text DEFAULT 'received' NOT NULL,
	"coi_reviewed_on" date,
	"coi_recommendation" text DEFAULT '' NOT NULL,
	"determined_on" date,
	"determination_reason" text DEFAULT '' NOT NULL,
	"negative_response_on" date,
	"negative_response_reference" text DEFAULT '' NOT NULL,
	"lead_agency_code" text,
	"designated_on" date,
	"pre_lor_funding_cents" bigint,
	"case_development_funding_cents" bigint,
	"funding_source" text DEFAULT '' NOT NULL,
	"funded_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "npor_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "npor_requests_funding_check" CHECK (coalesce("npor_requests"."pre_lor_funding_cents", 0) >= 0 and coalesce("npor_requests"."case_development_funding_cents", 0) >= 0)
);
--> statement-breakpoint
CREATE TABLE "npor_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"source" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tsfd_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"group_code" text NOT NULL,
	"system_id" uuid,
	"technology_areas" text[] NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"effective_on" date NOT NULL,
	"expires_on" date,
	"markings" text[] DEFAULT '{tsfd}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tsfd_policies_marked" CHECK ('tsfd' = any("tsfd_policies"."markings")),
	CONSTRAINT "tsfd_policies_period" CHECK ("tsfd_policies"."expires_on" is null or "tsfd_policies"."expires_on" > "tsfd_policies"."effective_on")
);
--> statement-breakpoint
CREATE TABLE "tsfd_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"partner_code" text NOT NULL,
	"system_id" uuid NOT NULL,
	"title" text NOT NULL,
	"summary" text DEFAULT '' NOT NULL,
	"technology_areas" text[] NOT NULL,
	"pre_lor_assessment_on" date NOT NULL,
	"pre_lor_assessment_reference" text DEFAULT '' NOT NULL,
	"priority" boolean DEFAULT false NOT NULL,
	"priority_reason" text DEFAULT '' NOT NULL,
	"lor_id" uuid,
	"case_id" uuid,
	"status" text DEFAULT 'received' NOT NULL,
	"decided_on" date,
	"withdrawn_reason" text DEFAULT '' NOT NULL,
	"markings" text[] DEFAULT '{tsfd}'::text[] NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tsfd_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "tsfd_requests_marked" CHECK ('tsfd' = any("tsfd_requests"."markings")),
	CONSTRAINT "tsfd_requests_priority_reason" CHECK (not "tsfd_requests"."priority" or length("tsfd_requests"."priority_reason") > 0)
);
--> statement-breakpoint
CREATE TABLE "tsfd_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"body" text NOT NULL,
	"technology_area" text,
	"referred_on" date NOT NULL,
	"determination" text,
	"conditions" text DEFAULT '' NOT NULL,
	"determined_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "tsfd_reviews_request_body" UNIQUE("request_id","body"),
	CONSTRAINT "tsfd_reviews_conditions" CHECK (("tsfd_reviews"."determination" = 'approved_with_conditions') = (length("tsfd_reviews"."conditions") > 0) or "tsfd_reviews"."determination" is null),
	CONSTRAINT "tsfd_reviews_dated" CHECK (("tsfd_reviews"."determination" is null) = ("tsfd_reviews"."determined_on" is null))
);
--> statement-breakpoint
ALTER TABLE "loa_lines" ADD COLUMN "program_of_record" boolean;--> statement-breakpoint
ALTER TABLE "loa_lines" ADD COLUMN "npor_type" text;--> statement-breakpoint
ALTER TABLE "npor_requests" ADD CONSTRAINT "npor_requests_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "npor_requests" ADD CONSTRAINT "npor_requests_system_id_weapon_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."weapon_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "npor_requests" ADD CONSTRAINT "npor_requests_npor_type_npor_types_code_fk" FOREIGN KEY ("npor_type") REFERENCES "public"."npor_types"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "npor_requests" ADD CONSTRAINT "npor_requests_lor_id_letters_of_request_id_fk" FOREIGN KEY ("lor_id") REFERENCES "public"."letters_of_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "npor_requests" ADD CONSTRAINT "npor_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "npor_requests" ADD CONSTRAINT "npor_requests_lead_agency_code_implementing_agencies_code_fk" FOREIGN KEY ("lead_agency_code") REFERENCES "public"."implementing_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tsfd_policies" ADD CONSTRAINT "tsfd_policies_group_code_country_groups_code_fk" FOREIGN KEY ("group_code") REFERENCES "public"."country_groups"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tsfd_policies" ADD CONSTRAINT "tsfd_policies_system_id_weapon_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."weapon_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tsfd_requests" ADD CONSTRAINT "tsfd_requests_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tsfd_requests" ADD CONSTRAINT "tsfd_requests_system_id_weapon_systems_id_fk" FOREIGN KEY ("system_id") REFERENCES "public"."weapon_systems"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tsfd_requests" ADD CONSTRAINT "tsfd_requests_lor_id_letters_of_request_id_fk" FOREIGN KEY ("lor_id") REFERENCES "public"."letters_of_request"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tsfd_requests" ADD CONSTRAINT "tsfd_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tsfd_reviews" ADD CONSTRAINT "tsfd_reviews_request_id_tsfd_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."tsfd_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "npor_requests_partner_idx" ON "npor_requests" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "npor_requests_case_idx" ON "npor_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "npor_requests_lor_idx" ON "npor_requests" USING btree ("lor_id");--> statement-breakpoint
CREATE INDEX "tsfd_requests_partner_idx" ON "tsfd_requests" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "tsfd_requests_case_idx" ON "tsfd_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "tsfd_requests_lor_idx" ON "tsfd_requests" USING btree ("lor_id");--> statement-breakpoint
ALTER TABLE "loa_lines" ADD CONSTRAINT "loa_lines_npor_type_only_for_npor" CHECK ("loa_lines"."npor_type" is null or "loa_lines"."program_of_record" = false);--> statement-breakpoint
-- Hand-written: an LOA line's NPOR type is one of the administrator-kept list (npor_types, the weapons area's). The cases
-- area does not import the weapons area, so the foreign key is not in its schema.ts.
ALTER TABLE "loa_lines" ADD CONSTRAINT "loa_lines_npor_type_npor_types_code_fk" FOREIGN KEY ("npor_type") REFERENCES "public"."npor_types"("code") ON DELETE no action ON UPDATE no action;
