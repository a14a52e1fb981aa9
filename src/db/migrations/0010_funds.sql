CREATE TABLE "appropriations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_code" text NOT NULL,
	"partner_code" text,
	"fiscal_year" integer NOT NULL,
	"name" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"stated_year" integer,
	"available_until" date,
	"availability_basis" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appropriations_amount_check" CHECK ("appropriations"."amount_cents" > 0),
	CONSTRAINT "appropriations_fiscal_year_check" CHECK ("appropriations"."fiscal_year" between 1900 and 2200)
);
--> statement-breakpoint
CREATE TABLE "fund_programs" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"authority" text NOT NULL,
	"title" integer NOT NULL,
	"executed_through" text,
	"notifications" text[] DEFAULT '{}'::text[] NOT NULL,
	"annual_cap_cents" bigint,
	"source" text NOT NULL,
	"standard" boolean DEFAULT false NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_programs_title_check" CHECK ("fund_programs"."title" in (10, 22))
);
--> statement-breakpoint
CREATE TABLE "fund_transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"appropriation_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"partner_code" text NOT NULL,
	"case_id" uuid,
	"line_number" text,
	"obligation_id" uuid,
	"commitment_id" uuid,
	"description" text DEFAULT '' NOT NULL,
	"on_date" date NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "fund_transactions_amount_check" CHECK ("fund_transactions"."amount_cents" > 0),
	CONSTRAINT "fund_transactions_kind_check" CHECK ("fund_transactions"."kind" in ('commitment', 'commitment_release', 'obligation', 'deobligation')),
	CONSTRAINT "fund_transactions_release_check" CHECK ("fund_transactions"."kind" <> 'commitment_release' or "fund_transactions"."commitment_id" is not null),
	CONSTRAINT "fund_transactions_commitment_check" CHECK ("fund_transactions"."commitment_id" is null or "fund_transactions"."kind" in ('commitment_release', 'obligation')),
	CONSTRAINT "fund_transactions_deobligation_check" CHECK (("fund_transactions"."kind" = 'deobligation') = ("fund_transactions"."obligation_id" is not null))
);
--> statement-breakpoint
ALTER TABLE "appropriations" ADD CONSTRAINT "appropriations_program_code_fund_programs_code_fk" FOREIGN KEY ("program_code") REFERENCES "public"."fund_programs"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "appropriations" ADD CONSTRAINT "appropriations_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transactions" ADD CONSTRAINT "fund_transactions_appropriation_id_appropriations_id_fk" FOREIGN KEY ("appropriation_id") REFERENCES "public"."appropriations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transactions" ADD CONSTRAINT "fund_transactions_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fund_transactions" ADD CONSTRAINT "fund_transactions_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appropriations_program_idx" ON "appropriations" USING btree ("program_code","fiscal_year");--> statement-breakpoint
CREATE INDEX "appropriations_partner_idx" ON "appropriations" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "appropriations_available_until_idx" ON "appropriations" USING btree ("available_until");--> statement-breakpoint
CREATE INDEX "fund_transactions_appropriation_idx" ON "fund_transactions" USING btree ("appropriation_id","kind");--> statement-breakpoint
CREATE INDEX "fund_transactions_partner_idx" ON "fund_transactions" USING btree ("partner_code","kind");--> statement-breakpoint
CREATE INDEX "fund_transactions_case_idx" ON "fund_transactions" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "fund_transactions_obligation_idx" ON "fund_transactions" USING btree ("obligation_id");--> statement-breakpoint
CREATE INDEX "fund_transactions_commitment_idx" ON "fund_transactions" USING btree ("commitment_id");--> statement-breakpoint
-- The standard programs and authorities, shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS].
INSERT INTO "fund_programs" ("code", "name", "authority", "title", "executed_through", "notifications", "annual_cap_cents", "source", "standard") VALUES
  ('FMS', 'Foreign Military Sales (national funds)', 'AECA 21–22', 22, 'fms_case', '{aeca_36b1}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]', true),
  ('FMF', 'Foreign Military Financing (grant/loan)', 'AECA 23', 22, 'fms_case', '{aeca_36b1,fmf_cash_flow}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]', true),
  ('FMF-DCC', 'FMF for Direct Commercial Contracts', 'AECA 23', 22, 'direct_commercial_contract', '{aeca_36c}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; FMF/DCC guidelines (shared/domain.md §0)', true),
  ('PDA-506A1', 'Presidential Drawdown, FAA 506(a)(1)', 'FAA 506(a)(1)', 22, 'drawdown', '{}', 10000000000, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; $100M per fiscal year cap', true),
  ('PDA-506A2', 'Presidential Drawdown, FAA 506(a)(2)', 'FAA 506(a)(2)', 22, 'drawdown', '{}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]', true),
  ('EDA', 'Excess Defense Articles', 'FAA 516, AECA 21', 22, 'fms_case', '{faa_516f}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; 22 U.S.C. 2321j (shared/domain.md §5)', true),
  ('LEASE', 'Leases', 'AECA 61–62', 22, 'lease', '{aeca_62}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; 22 U.S.C. 2796 (shared/domain.md §6)', true),
  ('SDAF', 'Special Defense Acquisition Fund', 'AECA 51 (22 U.S.C. 2795)', 22, 'fms_case', '{}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; the buyer pays on its FMS case (shared/domain.md §7)', true),
  ('SEC333', 'Section 333 building partner capacity', '10 U.S.C. 333', 10, 'bpc_case', '{section_333}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; BPC pseudo-LOA, the authority is the funding source (SAMM App 6 note; shared/domain.md §8)', true),
  ('USAI', 'Ukraine Security Assistance Initiative', 'FY16 NDAA §1250 (P.L. 114-92), as amended', 10, 'bpc_case', '{}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; executed on BPC LOAs', true),
  ('ITEF', 'Iraq Train and Equip Fund', 'FY15 NDAA (P.L. 113-291) §1236', 10, 'bpc_case', '{}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; BPC program code V5 (DSCA 16-04; shared/domain.md §1)', true),
  ('SYRIA-TE', 'Syria Train and Equip', 'FY15 NDAA (P.L. 113-291) §1209', 10, 'bpc_case', '{}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; BPC program code W9 (DSCA 16-74; shared/domain.md §1)', true),
  ('CTEF', 'Counter-ISIL Train and Equip Fund', 'CTEF (FY15 NDAA (P.L. 113-291) §1236, §1209)', 10, 'bpc_case', '{}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]; BPC program codes LW/LZ, CTEF-Lebanon (DSCA 25-61; shared/domain.md §1)', true),
  ('EDI', 'European Reassurance Initiative / European Deterrence Initiative', 'DoD appropriations from FY15; renamed EDI in FY17', 10, NULL, '{}', NULL, 'shared/domain.md §9 [confirmed: SAMM App 8 program pages; CRS]', true);
--> statement-breakpoint
-- The fund ledger is append-only: a mistake is corrected by a de-obligation, never by changing or deleting a record.
CREATE FUNCTION fund_transactions_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'fund_transactions is append-only';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER fund_transactions_append_only BEFORE UPDATE OR DELETE ON "fund_transactions"
  FOR EACH ROW EXECUTE FUNCTION fund_transactions_refuse_change();
