CREATE TABLE "weapon_systems" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"sme" boolean DEFAULT false NOT NULL,
	"mde" boolean DEFAULT false NOT NULL,
	"technology_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"production_notes" text DEFAULT '' NOT NULL,
	"obsolescence_notes" text DEFAULT '' NOT NULL,
	"export_policy_notes" text DEFAULT '' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "weapon_systems_name_unique" UNIQUE("name")
);
