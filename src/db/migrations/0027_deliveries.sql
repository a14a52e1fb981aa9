CREATE TABLE "delivery_delay_reasons" (
	"code" text PRIMARY KEY NOT NULL,
	"label" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "delivery_discrepancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"line_number" text NOT NULL,
	"kind" text NOT NULL,
	"value_cents" bigint NOT NULL,
	"submitted_on" date NOT NULL,
	"description" text NOT NULL,
	"status" text NOT NULL,
	"status_reason" text NOT NULL,
	"resolution" text,
	"resolution_note" text DEFAULT '' NOT NULL,
	"resolved_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_discrepancies_value_check" CHECK ("delivery_discrepancies"."value_cents" >= 0)
);
--> statement-breakpoint
CREATE TABLE "delivery_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_line_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"quantity" integer NOT NULL,
	"on_date" date NOT NULL,
	"document" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "delivery_events_quantity_check" CHECK ("delivery_events"."quantity" > 0),
	CONSTRAINT "delivery_events_document_check" CHECK (length(trim("delivery_events"."document")) > 0)
);
--> statement-breakpoint
CREATE TABLE "delivery_fads" (
	"shipment_id" uuid PRIMARY KEY NOT NULL,
	"fad" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipment_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"line_number" text NOT NULL,
	"description" text NOT NULL,
	"quantity" integer NOT NULL,
	"eeum" boolean DEFAULT false NOT NULL,
	"item_type_code" text,
	"received" integer DEFAULT 0 NOT NULL,
	"accepted" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "shipment_lines_line" UNIQUE("shipment_id","line_number"),
	CONSTRAINT "shipment_lines_quantities_check" CHECK ("shipment_lines"."quantity" > 0 and "shipment_lines"."accepted" >= 0 and "shipment_lines"."accepted" <= "shipment_lines"."received" and "shipment_lines"."received" <= "shipment_lines"."quantity")
);
--> statement-breakpoint
CREATE TABLE "shipment_milestones" (
	"shipment_id" uuid NOT NULL,
	"milestone" text NOT NULL,
	"planned_on" date,
	"estimated_on" date,
	"actual_on" date,
	CONSTRAINT "shipment_milestones_shipment_id_milestone_pk" PRIMARY KEY("shipment_id","milestone")
);
--> statement-breakpoint
CREATE TABLE "shipment_serials" (
	"shipment_line_id" uuid NOT NULL,
	"serial_number" text NOT NULL,
	"received_on" date,
	"accepted_on" date,
	CONSTRAINT "shipment_serials_shipment_line_id_serial_number_pk" PRIMARY KEY("shipment_line_id","serial_number")
);
--> statement-breakpoint
CREATE TABLE "shipment_slips" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"shipment_id" uuid NOT NULL,
	"milestone" text NOT NULL,
	"from_on" date NOT NULL,
	"to_on" date NOT NULL,
	"reason_code" text NOT NULL,
	"note" text NOT NULL,
	"recorded_by" text NOT NULL,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipment_slips_later_check" CHECK ("shipment_slips"."to_on" > "shipment_slips"."from_on")
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" text NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_code" text NOT NULL,
	"mode" text NOT NULL,
	"origin" text NOT NULL,
	"port_of_embarkation" text DEFAULT '' NOT NULL,
	"port_of_debarkation" text DEFAULT '' NOT NULL,
	"carrier" text DEFAULT '' NOT NULL,
	"custody_transfer_point" text NOT NULL,
	"classified" boolean DEFAULT false NOT NULL,
	"cci" boolean DEFAULT false NOT NULL,
	"aae_category" text,
	"transportation_plan" text DEFAULT '' NOT NULL,
	"stage" text,
	"delivered_on" date,
	"received_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "shipments_number_unique" UNIQUE("number"),
	CONSTRAINT "shipments_aae_check" CHECK ("shipments"."aae_category" is null or "shipments"."aae_category" in ('I', 'II', 'III', 'IV'))
);
--> statement-breakpoint
ALTER TABLE "delivery_discrepancies" ADD CONSTRAINT "delivery_discrepancies_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_events" ADD CONSTRAINT "delivery_events_shipment_line_id_shipment_lines_id_fk" FOREIGN KEY ("shipment_line_id") REFERENCES "public"."shipment_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "delivery_fads" ADD CONSTRAINT "delivery_fads_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_lines" ADD CONSTRAINT "shipment_lines_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_milestones" ADD CONSTRAINT "shipment_milestones_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_serials" ADD CONSTRAINT "shipment_serials_shipment_line_id_shipment_lines_id_fk" FOREIGN KEY ("shipment_line_id") REFERENCES "public"."shipment_lines"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_slips" ADD CONSTRAINT "shipment_slips_shipment_id_shipments_id_fk" FOREIGN KEY ("shipment_id") REFERENCES "public"."shipments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipment_slips" ADD CONSTRAINT "shipment_slips_reason_code_delivery_delay_reasons_code_fk" FOREIGN KEY ("reason_code") REFERENCES "public"."delivery_delay_reasons"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "shipments" ADD CONSTRAINT "shipments_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "delivery_discrepancies_shipment_idx" ON "delivery_discrepancies" USING btree ("shipment_id");--> statement-breakpoint
CREATE INDEX "delivery_events_line_idx" ON "delivery_events" USING btree ("shipment_line_id");--> statement-breakpoint
CREATE INDEX "shipment_milestones_late_idx" ON "shipment_milestones" USING btree ("milestone","planned_on") WHERE "shipment_milestones"."actual_on" is null;--> statement-breakpoint
CREATE INDEX "shipment_serials_serial_idx" ON "shipment_serials" USING btree ("serial_number");--> statement-breakpoint
CREATE INDEX "shipment_slips_shipment_idx" ON "shipment_slips" USING btree ("shipment_id","recorded_at");--> statement-breakpoint
CREATE INDEX "shipments_case_idx" ON "shipments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "shipments_partner_idx" ON "shipments" USING btree ("partner_code","stage");--> statement-breakpoint
CREATE INDEX "shipments_unconfirmed_idx" ON "shipments" USING btree ("delivered_on") WHERE "shipments"."received_on" is null and "shipments"."delivered_on" is not null;