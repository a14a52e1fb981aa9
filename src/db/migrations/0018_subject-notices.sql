CREATE TABLE "notification_subjects" (
	"notification_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_id" uuid NOT NULL,
	"label" text NOT NULL,
	"link" text,
	CONSTRAINT "notification_subjects_notification_id_subject_type_subject_id_pk" PRIMARY KEY("notification_id","subject_type","subject_id")
);
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_transmittal_number_unique";--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "review_source" text;--> statement-breakpoint
ALTER TABLE "notification_subjects" ADD CONSTRAINT "notification_subjects_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "public"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "notification_subjects_subject_idx" ON "notification_subjects" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE UNIQUE INDEX "notifications_kind_transmittal_idx" ON "notifications" USING btree ("kind","transmittal_number");