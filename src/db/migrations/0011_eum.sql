CREATE TABLE "eum_certifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"site_id" uuid,
	"kind" text NOT NULL,
	"reference" text NOT NULL,
	"certified_by" text DEFAULT '' NOT NULL,
	"certified_on" date NOT NULL,
	"expires_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eum_certifications_site_check" CHECK ("eum_certifications"."kind" = 'control_plan' or "eum_certifications"."site_id" is not null),
	CONSTRAINT "eum_certifications_dates_check" CHECK ("eum_certifications"."expires_on" is null or "eum_certifications"."expires_on" >= "eum_certifications"."certified_on")
);
--> statement-breakpoint
CREATE TABLE "eum_discrepancies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"inventory_id" uuid NOT NULL,
	"partner_code" text NOT NULL,
	"kind" text NOT NULL,
	"item_id" uuid,
	"item_type_code" text NOT NULL,
	"serial_number" text NOT NULL,
	"resolution" text DEFAULT '' NOT NULL,
	"resolved_on" date,
	"incident_id" uuid,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eum_discrepancies_one" UNIQUE("inventory_id","kind","item_type_code","serial_number")
);
--> statement-breakpoint
CREATE TABLE "eum_incident_items" (
	"incident_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "eum_incident_items_incident_id_item_id_pk" PRIMARY KEY("incident_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "eum_incidents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'reported' NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"occurred_on" date,
	"discovered_on" date NOT NULL,
	"closed_on" date,
	"findings" text DEFAULT '' NOT NULL,
	"discrepancy_id" uuid,
	"notices" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eum_inventories" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"site_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"due_on" date NOT NULL,
	"started_on" date,
	"reconciled_on" date,
	"closed_on" date,
	"expected_count" integer DEFAULT 0 NOT NULL,
	"found_count" integer DEFAULT 0 NOT NULL,
	"notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eum_inventory_expected" (
	"inventory_id" uuid NOT NULL,
	"item_id" uuid NOT NULL,
	CONSTRAINT "eum_inventory_expected_inventory_id_item_id_pk" PRIMARY KEY("inventory_id","item_id")
);
--> statement-breakpoint
CREATE TABLE "eum_inventory_scans" (
	"inventory_id" uuid NOT NULL,
	"item_type_code" text NOT NULL,
	"serial_number" text NOT NULL,
	"damaged" boolean DEFAULT false NOT NULL,
	"scanned_on" date,
	"note" text DEFAULT '' NOT NULL,
	CONSTRAINT "eum_inventory_scans_inventory_id_item_type_code_serial_number_pk" PRIMARY KEY("inventory_id","item_type_code","serial_number")
);
--> statement-breakpoint
CREATE TABLE "eum_item_counts" (
	"partner_code" text NOT NULL,
	"category" text NOT NULL,
	"status" text NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "eum_item_counts_partner_code_category_status_pk" PRIMARY KEY("partner_code","category","status")
);
--> statement-breakpoint
CREATE TABLE "eum_item_types" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"category" text NOT NULL,
	"source" text NOT NULL,
	"verified" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eum_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"case_id" uuid NOT NULL,
	"line_number" text NOT NULL,
	"item_type_code" text NOT NULL,
	"category" text NOT NULL,
	"serial_number" text NOT NULL,
	"delivered_on" date NOT NULL,
	"site_id" uuid,
	"status" text DEFAULT 'in_inventory' NOT NULL,
	"status_reason" text DEFAULT '' NOT NULL,
	"status_changed_on" date,
	"last_inventoried_on" date,
	"inventory_due_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eum_items_type_serial" UNIQUE("item_type_code","serial_number")
);
--> statement-breakpoint
CREATE TABLE "eum_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"location" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "eum_sites_partner_code" UNIQUE("partner_code","code")
);
--> statement-breakpoint
CREATE TABLE "eum_visits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partner_code" text NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"planned_on" date NOT NULL,
	"conducted_on" date,
	"scope" text DEFAULT '' NOT NULL,
	"findings" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "eum_certifications" ADD CONSTRAINT "eum_certifications_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_certifications" ADD CONSTRAINT "eum_certifications_site_id_eum_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."eum_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_discrepancies" ADD CONSTRAINT "eum_discrepancies_inventory_id_eum_inventories_id_fk" FOREIGN KEY ("inventory_id") REFERENCES "public"."eum_inventories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_discrepancies" ADD CONSTRAINT "eum_discrepancies_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_discrepancies" ADD CONSTRAINT "eum_discrepancies_item_id_eum_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."eum_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_incident_items" ADD CONSTRAINT "eum_incident_items_incident_id_eum_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."eum_incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_incident_items" ADD CONSTRAINT "eum_incident_items_item_id_eum_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."eum_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_incidents" ADD CONSTRAINT "eum_incidents_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_incidents" ADD CONSTRAINT "eum_incidents_discrepancy_id_eum_discrepancies_id_fk" FOREIGN KEY ("discrepancy_id") REFERENCES "public"."eum_discrepancies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_inventories" ADD CONSTRAINT "eum_inventories_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_inventories" ADD CONSTRAINT "eum_inventories_site_id_eum_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."eum_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_inventory_expected" ADD CONSTRAINT "eum_inventory_expected_inventory_id_eum_inventories_id_fk" FOREIGN KEY ("inventory_id") REFERENCES "public"."eum_inventories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_inventory_expected" ADD CONSTRAINT "eum_inventory_expected_item_id_eum_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."eum_items"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_inventory_scans" ADD CONSTRAINT "eum_inventory_scans_inventory_id_eum_inventories_id_fk" FOREIGN KEY ("inventory_id") REFERENCES "public"."eum_inventories"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_sites" ADD CONSTRAINT "eum_sites_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_visits" ADD CONSTRAINT "eum_visits_partner_code_partners_code_fk" FOREIGN KEY ("partner_code") REFERENCES "public"."partners"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eum_certifications_partner_idx" ON "eum_certifications" USING btree ("partner_code");--> statement-breakpoint
CREATE INDEX "eum_discrepancies_partner_idx" ON "eum_discrepancies" USING btree ("partner_code","resolved_on");--> statement-breakpoint
CREATE INDEX "eum_incident_items_item_idx" ON "eum_incident_items" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "eum_incidents_partner_idx" ON "eum_incidents" USING btree ("partner_code","status");--> statement-breakpoint
CREATE INDEX "eum_incidents_discovered_idx" ON "eum_incidents" USING btree ("discovered_on");--> statement-breakpoint
CREATE INDEX "eum_inventories_partner_idx" ON "eum_inventories" USING btree ("partner_code","status");--> statement-breakpoint
CREATE INDEX "eum_inventories_due_idx" ON "eum_inventories" USING btree ("due_on");--> statement-breakpoint
CREATE INDEX "eum_inventories_site_idx" ON "eum_inventories" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "eum_inventory_expected_item_idx" ON "eum_inventory_expected" USING btree ("item_id");--> statement-breakpoint
CREATE INDEX "eum_items_partner_status_idx" ON "eum_items" USING btree ("partner_code","status","category");--> statement-breakpoint
CREATE INDEX "eum_items_case_idx" ON "eum_items" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "eum_items_held_due_idx" ON "eum_items" USING btree ("inventory_due_on","partner_code") WHERE "eum_items"."status" = 'in_inventory';--> statement-breakpoint
CREATE INDEX "eum_items_serial_idx" ON "eum_items" USING btree ("serial_number" collate "C");--> statement-breakpoint
CREATE INDEX "eum_visits_partner_idx" ON "eum_visits" USING btree ("partner_code","planned_on");--> statement-breakpoint
INSERT INTO "eum_item_types" ("code","name","category","source","verified") VALUES ('NVD','Night-vision device','enhanced','Night-vision devices and COMSEC are EEUM examples; the full EEUM list is administrator-maintained and reviewed periodically (DSCA 23-44)',true);
--> statement-breakpoint
INSERT INTO "eum_item_types" ("code","name","category","source","verified") VALUES ('COMSEC','Communications security (COMSEC) equipment','enhanced','Night-vision devices and COMSEC are EEUM examples; the full EEUM list is administrator-maintained and reviewed periodically (DSCA 23-44)',true);
--> statement-breakpoint
INSERT INTO "eum_item_types" ("code","name","category","source","verified") VALUES ('ROUTINE','Defense article under routine EUM','routine','AECA 40A (22 U.S.C. 2785), Golden Sentry: routine EUM for every government-to-government transfer, enhanced EUM for designated articles (dsca.mil; DODIG-2024-043)',true);
--> statement-breakpoint
CREATE FUNCTION eum_item_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO eum_item_counts AS c (partner_code, category, status, n)
    SELECT partner_code, category, status, count(*) FROM eum_items_new GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (partner_code, category, status) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION eum_item_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO eum_item_counts AS c (partner_code, category, status, n)
    SELECT partner_code, category, status, -count(*) FROM eum_items_old GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (partner_code, category, status) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION eum_item_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO eum_item_counts AS c (partner_code, category, status, n)
    SELECT partner_code, category, status, sum(d)::bigint FROM (
      SELECT partner_code, category, status, -1 AS d FROM eum_items_old
      UNION ALL SELECT partner_code, category, status, 1 FROM eum_items_new) moved
    GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT (partner_code, category, status) DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER eum_item_counts_insert AFTER INSERT ON eum_items REFERENCING NEW TABLE AS eum_items_new FOR EACH STATEMENT EXECUTE FUNCTION eum_item_counts_add();
--> statement-breakpoint
CREATE TRIGGER eum_item_counts_delete AFTER DELETE ON eum_items REFERENCING OLD TABLE AS eum_items_old FOR EACH STATEMENT EXECUTE FUNCTION eum_item_counts_remove();
--> statement-breakpoint
CREATE TRIGGER eum_item_counts_update AFTER UPDATE ON eum_items REFERENCING OLD TABLE AS eum_items_old NEW TABLE AS eum_items_new FOR EACH STATEMENT EXECUTE FUNCTION eum_item_counts_move();
