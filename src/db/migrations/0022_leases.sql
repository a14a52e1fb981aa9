CREATE TABLE "lease_articles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"nsn" text NOT NULL,
	"nomenclature" text NOT NULL,
	"quantity" integer NOT NULL,
	"serial_numbers" text[] DEFAULT '{}'::text[] NOT NULL,
	"mde" boolean DEFAULT false NOT NULL,
	CONSTRAINT "lease_articles_quantity_check" CHECK ("lease_articles"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "lease_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"lease_id" uuid NOT NULL,
	"due_on" date NOT NULL,
	"amount_cents" bigint NOT NULL,
	"received_cents" bigint DEFAULT 0 NOT NULL,
	"last_received_on" date,
	CONSTRAINT "lease_payments_amount_check" CHECK ("lease_payments"."amount_cents" > 0 and "lease_payments"."received_cents" >= 0 and "lease_payments"."received_cents" <= "lease_payments"."amount_cents")
);
--> statement-breakpoint
CREATE TABLE "leases" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"designator" text NOT NULL,
	"partner_code" text NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"implementing_agency" text NOT NULL,
	"replacement_value_cents" bigint NOT NULL,
	"mde_value_cents" bigint DEFAULT 0 NOT NULL,
	"rental_value_cents" bigint DEFAULT 0 NOT NULL,
	"lease_classification" text NOT NULL,
	"equipment_classification" text NOT NULL,
	"mtcr_items" boolean DEFAULT false NOT NULL,
	"mtcr_list_sent_on" date,
	"mtcr_compliant" boolean,
	"start_on" date NOT NULL,
	"term_months" integer NOT NULL,
	"refurbishment_months" integer DEFAULT 0 NOT NULL,
	"end_on" date NOT NULL,
	"terms" text NOT NULL,
	"administering_activity" text NOT NULL,
	"dsca_estimated_on" date,
	"justification" text NOT NULL,
	"action_officer" text NOT NULL,
	"rental_waiver" text,
	"rental_waiver_basis" text,
	"emergency_waiver" text,
	"determination" jsonb NOT NULL,
	"certification_notice_id" uuid,
	"renews_id" uuid,
	"signed_on" date,
	"delivered_on" date,
	"return_due_on" date,
	"returned_on" date,
	"return_condition" text,
	"loss_damage_cents" bigint DEFAULT 0 NOT NULL,
	"closed_on" date,
	"terminated_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "leases_designator_unique" UNIQUE("designator"),
	CONSTRAINT "leases_values_check" CHECK ("leases"."mde_value_cents" >= 0 and "leases"."mde_value_cents" <= "leases"."replacement_value_cents" and "leases"."rental_value_cents" >= 0),
	CONSTRAINT "leases_term_check" CHECK ("leases"."term_months" > 0 and "leases"."refurbishment_months" >= 0 and "leases"."end_on" > "leases"."start_on"),
	CONSTRAINT "leases_status_check" CHECK ("leases"."status" in ('draft', 'certification', 'period_ended', 'signed', 'active', 'returned', 'closed', 'terminated')),
	CONSTRAINT "leases_rental_waiver_check" CHECK ("leases"."rental_waiver" is null or "leases"."rental_waiver" in ('cooperative_research_development', 'exercise', 'communications_interface')),
	CONSTRAINT "leases_waiver_check" CHECK (("leases"."rental_waiver" is null) = ("leases"."rental_waiver_basis" is null))
);
--> statement-breakpoint
ALTER TABLE "lease_articles" ADD CONSTRAINT "lease_articles_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lease_payments" ADD CONSTRAINT "lease_payments_lease_id_leases_id_fk" FOREIGN KEY ("lease_id") REFERENCES "public"."leases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "leases" ADD CONSTRAINT "leases_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "lease_articles_lease_idx" ON "lease_articles" USING btree ("lease_id","position");--> statement-breakpoint
CREATE INDEX "lease_payments_lease_idx" ON "lease_payments" USING btree ("lease_id","due_on");--> statement-breakpoint
CREATE INDEX "lease_payments_due_idx" ON "lease_payments" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "leases_partner_idx" ON "leases" USING btree ("partner_code","status");--> statement-breakpoint
CREATE INDEX "leases_end_idx" ON "leases" USING btree ("end_on");--> statement-breakpoint
CREATE INDEX "leases_renews_idx" ON "leases" USING btree ("renews_id");