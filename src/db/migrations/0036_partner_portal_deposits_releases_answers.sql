CREATE TABLE "case_deposits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"partner_code" text NOT NULL,
	"amount_cents" bigint NOT NULL,
	"deposited_on" date NOT NULL,
	"reference" text NOT NULL,
	"recorded_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "case_deposits_case_id_unique" UNIQUE("case_id"),
	CONSTRAINT "case_deposits_positive" CHECK ("case_deposits"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "eum_incident_answers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"incident_id" uuid NOT NULL,
	"partner_code" text NOT NULL,
	"text" text NOT NULL,
	"answered_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partner_case_releases" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"released" boolean NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"changed_by" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_deposits" ADD CONSTRAINT "case_deposits_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "eum_incident_answers" ADD CONSTRAINT "eum_incident_answers_incident_id_eum_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."eum_incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partner_case_releases" ADD CONSTRAINT "partner_case_releases_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "eum_incident_answers_incident_idx" ON "eum_incident_answers" USING btree ("incident_id");