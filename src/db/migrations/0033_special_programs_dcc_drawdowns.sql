CREATE TABLE "dcc_disbursement_sources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"disbursement_id" uuid NOT NULL,
	"appropriation_id" uuid NOT NULL,
	"transaction_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dcc_disbursements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"amount_cents" bigint NOT NULL,
	"requested_on" date NOT NULL,
	"disbursement_on" date NOT NULL,
	"us_flag_attested" boolean NOT NULL,
	"us_flag_note" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dcc_disbursements_amount_check" CHECK ("dcc_disbursements"."amount_cents" > 0),
	CONSTRAINT "dcc_disbursements_flag_check" CHECK ("dcc_disbursements"."us_flag_attested")
);
--> statement-breakpoint
CREATE TABLE "dcc_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"received_on" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dcc_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"partner_code" text NOT NULL,
	"prime_contractor" text NOT NULL,
	"contract_number" text NOT NULL,
	"contract_value_cents" bigint NOT NULL,
	"non_us_content_cents" bigint DEFAULT 0 NOT NULL,
	"award_date" date NOT NULL,
	"items_and_services" text NOT NULL,
	"edition" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"checklist" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"approved_cents" bigint,
	"appropriation_id" uuid,
	"decision_reason" text,
	"decided_by" text,
	"decided_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "dcc_requests_value_check" CHECK ("dcc_requests"."contract_value_cents" > 0),
	CONSTRAINT "dcc_requests_non_us_check" CHECK ("dcc_requests"."non_us_content_cents" >= 0 and "dcc_requests"."non_us_content_cents" <= "dcc_requests"."contract_value_cents"),
	CONSTRAINT "dcc_requests_approved_check" CHECK ("dcc_requests"."approved_cents" is null or ("dcc_requests"."approved_cents" > 0 and "dcc_requests"."approved_cents" <= "dcc_requests"."contract_value_cents" - "dcc_requests"."non_us_content_cents"))
);
--> statement-breakpoint
CREATE TABLE "drawdown_caps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"authority" text NOT NULL,
	"citation" text NOT NULL,
	"effective_from" date,
	"effective_to" date,
	"cap_cents" bigint NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drawdown_documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drawdown_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"dated" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drawdown_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drawdown_id" uuid NOT NULL,
	"line_number" integer NOT NULL,
	"military_department" text NOT NULL,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"valuation_method" text NOT NULL,
	"net_book_value_cents" bigint,
	"replacement_cost_cents" bigint,
	"delivered_on" date,
	"delivery_document" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drawdown_lines_quantity_check" CHECK ("drawdown_lines"."quantity" > 0),
	CONSTRAINT "drawdown_lines_value_check" CHECK (("drawdown_lines"."valuation_method" = 'net_book_value' and "drawdown_lines"."net_book_value_cents" > 0) or ("drawdown_lines"."valuation_method" = 'replacement_cost' and "drawdown_lines"."replacement_cost_cents" > 0)),
	CONSTRAINT "drawdown_lines_delivery_check" CHECK (("drawdown_lines"."delivered_on" is null) = ("drawdown_lines"."delivery_document" is null))
);
--> statement-breakpoint
CREATE TABLE "drawdown_replacements" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"drawdown_id" uuid NOT NULL,
	"appropriation_id" uuid NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drawdown_revaluations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"line_id" uuid NOT NULL,
	"old_method" text NOT NULL,
	"new_method" text NOT NULL,
	"old_value_cents" bigint NOT NULL,
	"new_value_cents" bigint NOT NULL,
	"reason" text NOT NULL,
	"memo" text NOT NULL,
	"on_date" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "drawdowns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"partner_code" text NOT NULL,
	"authority" text NOT NULL,
	"cap_id" uuid,
	"title" text NOT NULL,
	"status" text DEFAULT 'justification' NOT NULL,
	"pd_number" text,
	"pd_date" date,
	"ceiling_cents" bigint,
	"fiscal_year" integer,
	"waiver_reason" text,
	"waived_by" text,
	"waived_on" date,
	"executed_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "drawdowns_ceiling_check" CHECK ("drawdowns"."ceiling_cents" is null or "drawdowns"."ceiling_cents" > 0)
);
--> statement-breakpoint
ALTER TABLE "dcc_disbursement_sources" ADD CONSTRAINT "dcc_disbursement_sources_disbursement_id_dcc_disbursements_id_fk" FOREIGN KEY ("disbursement_id") REFERENCES "public"."dcc_disbursements"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dcc_disbursement_sources" ADD CONSTRAINT "dcc_disbursement_sources_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dcc_disbursement_sources" ADD CONSTRAINT "dcc_disbursement_sources_transaction_id_fund_transactions_id_fk" FOREIGN KEY ("transaction_id") REFERENCES "public"."fund_transactions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dcc_disbursements" ADD CONSTRAINT "dcc_disbursements_request_id_dcc_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."dcc_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dcc_documents" ADD CONSTRAINT "dcc_documents_request_id_dcc_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."dcc_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dcc_requests" ADD CONSTRAINT "dcc_requests_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dcc_requests" ADD CONSTRAINT "dcc_requests_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawdown_documents" ADD CONSTRAINT "drawdown_documents_drawdown_id_drawdowns_id_fk" FOREIGN KEY ("drawdown_id") REFERENCES "public"."drawdowns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawdown_lines" ADD CONSTRAINT "drawdown_lines_drawdown_id_drawdowns_id_fk" FOREIGN KEY ("drawdown_id") REFERENCES "public"."drawdowns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawdown_replacements" ADD CONSTRAINT "drawdown_replacements_drawdown_id_drawdowns_id_fk" FOREIGN KEY ("drawdown_id") REFERENCES "public"."drawdowns"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawdown_replacements" ADD CONSTRAINT "drawdown_replacements_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawdown_revaluations" ADD CONSTRAINT "drawdown_revaluations_line_id_drawdown_lines_id_fk" FOREIGN KEY ("line_id") REFERENCES "public"."drawdown_lines"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawdowns" ADD CONSTRAINT "drawdowns_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "drawdowns" ADD CONSTRAINT "drawdowns_cap_id_drawdown_caps_id_fk" FOREIGN KEY ("cap_id") REFERENCES "public"."drawdown_caps"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dcc_disbursement_sources_idx" ON "dcc_disbursement_sources" USING btree ("disbursement_id");--> statement-breakpoint
CREATE INDEX "dcc_disbursements_request_idx" ON "dcc_disbursements" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "dcc_documents_request_idx" ON "dcc_documents" USING btree ("request_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dcc_requests_reference_idx" ON "dcc_requests" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "dcc_requests_partner_idx" ON "dcc_requests" USING btree ("partner_code","status");--> statement-breakpoint
CREATE INDEX "drawdown_documents_idx" ON "drawdown_documents" USING btree ("drawdown_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drawdown_lines_number_idx" ON "drawdown_lines" USING btree ("drawdown_id","line_number");--> statement-breakpoint
CREATE UNIQUE INDEX "drawdown_replacements_idx" ON "drawdown_replacements" USING btree ("drawdown_id","appropriation_id");--> statement-breakpoint
CREATE INDEX "drawdown_revaluations_line_idx" ON "drawdown_revaluations" USING btree ("line_id");--> statement-breakpoint
CREATE UNIQUE INDEX "drawdowns_reference_idx" ON "drawdowns" USING btree ("reference");--> statement-breakpoint
CREATE INDEX "drawdowns_partner_idx" ON "drawdowns" USING btree ("partner_code","status");--> statement-breakpoint
CREATE INDEX "drawdowns_authority_idx" ON "drawdowns" USING btree ("authority","fiscal_year");--> statement-breakpoint
-- FAA 506(a)(1): $100M a fiscal year [confirmed: shared/domain.md §9, §12]; the other caps are [to verify] and entered by an administrator.
INSERT INTO "drawdown_caps" ("authority", "citation", "effective_from", "effective_to", "cap_cents", "source", "verified", "created_by")
VALUES ('faa_506a1', 'FAA 506(a)(1), 22 U.S.C. 2318(a)(1)', NULL, NULL, 10000000000, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]: $100M per fiscal year', true, 'system');
