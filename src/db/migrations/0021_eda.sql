CREATE TABLE "eda_ceiling_years" (
	"fiscal_year" integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eda_declarations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"military_department" text NOT NULL,
	"nsn" text NOT NULL,
	"masl_number" text NOT NULL,
	"nomenclature" text NOT NULL,
	"quantity" integer NOT NULL,
	"serial_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"condition_code" text NOT NULL,
	"unit_acquisition_value_cents" bigint NOT NULL,
	"location" text NOT NULL,
	"available_on" date NOT NULL,
	"sme" boolean DEFAULT false NOT NULL,
	"mde" boolean DEFAULT false NOT NULL,
	"ship" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eda_declarations_reference_unique" UNIQUE("reference"),
	CONSTRAINT "eda_declarations_quantity_check" CHECK ("eda_declarations"."quantity" > 0),
	CONSTRAINT "eda_declarations_value_check" CHECK ("eda_declarations"."unit_acquisition_value_cents" >= 0),
	CONSTRAINT "eda_declarations_serials_check" CHECK (cardinality("eda_declarations"."serial_numbers") <= "eda_declarations"."quantity")
);
--> statement-breakpoint
CREATE TABLE "eda_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"partner_code" text NOT NULL,
	"declaration_id" uuid NOT NULL,
	"authority" text NOT NULL,
	"quantity" integer NOT NULL,
	"justification" text DEFAULT '' NOT NULL,
	"pcht_paid_by" text DEFAULT 'recipient' NOT NULL,
	"agency_code" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"status_on" date NOT NULL,
	"ccmd_proposal" text DEFAULT '' NOT NULL,
	"no_industry_initiative" boolean DEFAULT false NOT NULL,
	"no_readiness_impact" boolean DEFAULT false NOT NULL,
	"mtcr_checked" boolean DEFAULT false NOT NULL,
	"allocation_memo_on" date,
	"current_value_basis_points" integer,
	"current_value_reason" text DEFAULT '' NOT NULL,
	"current_value_set_by" text DEFAULT '' NOT NULL,
	"review_round" integer DEFAULT 0 NOT NULL,
	"review_due_on" date,
	"committee_decided_on" date,
	"case_id" uuid,
	"authorized_quantity" integer,
	"authorized_value_cents" bigint,
	"ceiling_cents" bigint,
	"fiscal_year" integer,
	"authorized_on" date,
	"transferred_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eda_requests_reference_unique" UNIQUE("reference"),
	CONSTRAINT "eda_requests_quantity_check" CHECK ("eda_requests"."quantity" > 0),
	CONSTRAINT "eda_requests_value_share_check" CHECK ("eda_requests"."current_value_basis_points" is null or "eda_requests"."current_value_basis_points" between 500 and 5000),
	CONSTRAINT "eda_requests_authorized_check" CHECK ("eda_requests"."authorized_quantity" is null or ("eda_requests"."authorized_quantity" > 0 and "eda_requests"."authorized_quantity" <= "eda_requests"."quantity")),
	CONSTRAINT "eda_requests_transfer_after_authorization_check" CHECK ("eda_requests"."transferred_on" is null or "eda_requests"."transferred_on" >= "eda_requests"."authorized_on")
);
--> statement-breakpoint
CREATE TABLE "eda_review_offices" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eda_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"round" integer NOT NULL,
	"office_code" text NOT NULL,
	"decision" text DEFAULT 'pending' NOT NULL,
	"carried" boolean DEFAULT false NOT NULL,
	"changed_fields" text[] DEFAULT '{}'::text[] NOT NULL,
	"comments" text DEFAULT '' NOT NULL,
	"decided_by" text,
	"decided_on" date,
	CONSTRAINT "eda_reviews_round_office" UNIQUE("request_id","round","office_code")
);
--> statement-breakpoint
ALTER TABLE "eda_requests" ADD CONSTRAINT "eda_requests_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eda_requests" ADD CONSTRAINT "eda_requests_declaration_id_eda_declarations_id_fk" FOREIGN KEY ("declaration_id") REFERENCES "public"."eda_declarations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eda_requests" ADD CONSTRAINT "eda_requests_agency_code_implementing_agencies_code_fk" FOREIGN KEY ("agency_code") REFERENCES "public"."implementing_agencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eda_requests" ADD CONSTRAINT "eda_requests_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eda_reviews" ADD CONSTRAINT "eda_reviews_request_id_eda_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."eda_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eda_reviews" ADD CONSTRAINT "eda_reviews_office_code_eda_review_offices_code_fk" FOREIGN KEY ("office_code") REFERENCES "public"."eda_review_offices"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eda_declarations_available_idx" ON "eda_declarations" USING btree ("available_on");--> statement-breakpoint
CREATE INDEX "eda_requests_partner_idx" ON "eda_requests" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "eda_requests_status_idx" ON "eda_requests" USING btree ("status");--> statement-breakpoint
CREATE INDEX "eda_requests_declaration_idx" ON "eda_requests" USING btree ("declaration_id");--> statement-breakpoint
CREATE INDEX "eda_requests_case_idx" ON "eda_requests" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "eda_requests_fiscal_year_idx" ON "eda_requests" USING btree ("fiscal_year");--> statement-breakpoint
CREATE INDEX "eda_reviews_request_idx" ON "eda_reviews" USING btree ("request_id");--> statement-breakpoint
-- The offices of the EDA interagency review (SAMM C11; DSCA 24-63: the EDA Coordinating Committee with State PM/RSAT,
-- Commerce, DoD policy) and the implementing agency's own review; administrators add others (POST /api/eda/review-offices).
INSERT INTO "eda_review_offices" ("code","name") VALUES ('STATE_PM_RSAT','Department of State, PM/RSAT'),('COMMERCE','Department of Commerce'),('DOD_POLICY','DoD policy (OUSD(P))'),('IMPLEMENTING_AGENCY','The implementing agency');--> statement-breakpoint
-- FAA 516(c)(2) priority: the statute names no countries. The group is created empty; administrators keep its members
-- (POST /api/countries/{code}/memberships) with their dates and sources.
INSERT INTO "country_groups" ("code","name","description","source") VALUES ('FAA_516C2_FLANK','FAA 516(c)(2) priority: southern and southeastern flank','NATO members on the southern and southeastern flank and major non-NATO allies on that flank, to which EDA grants are given priority. Kept by administrators: no list is shipped.','22 U.S.C. 2321j(c)(2)');
