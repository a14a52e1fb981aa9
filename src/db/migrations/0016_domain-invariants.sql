-- The domain's own invariants within one row (issue 11): dates in their natural order, MDE within the total, money
-- available no earlier than its fiscal year. NOT VALID: enforced on every new or changed row from now on without
-- failing the migration on rows already stored; after correcting any, `ALTER TABLE … VALIDATE CONSTRAINT …`.
ALTER TABLE "eum_incident_items" ADD COLUMN "prior" jsonb;
--> statement-breakpoint
ALTER TABLE "letters_of_request" ADD CONSTRAINT "lor_complete_after_received_check" CHECK ("letters_of_request"."complete_on" is null or "letters_of_request"."complete_on" >= "letters_of_request"."received_on") NOT VALID;
--> statement-breakpoint
ALTER TABLE "loa_versions" ADD CONSTRAINT "loa_versions_offer_expires_after_offer_check" CHECK ("loa_versions"."offer_date" is null or "loa_versions"."offer_expiration_date" is null or "loa_versions"."offer_expiration_date" > "loa_versions"."offer_date") NOT VALID;
--> statement-breakpoint
ALTER TABLE "eum_incidents" ADD CONSTRAINT "eum_incidents_dates_order_check" CHECK (("eum_incidents"."occurred_on" is null or "eum_incidents"."occurred_on" <= "eum_incidents"."discovered_on") and ("eum_incidents"."closed_on" is null or "eum_incidents"."closed_on" >= "eum_incidents"."discovered_on")) NOT VALID;
--> statement-breakpoint
ALTER TABLE "appropriations" ADD CONSTRAINT "appropriations_period_in_fiscal_year_check" CHECK ("appropriations"."available_until" is null or "appropriations"."available_until" >= make_date("appropriations"."fiscal_year" - 1, 10, 1)) NOT VALID;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_mde_within_total_check" CHECK ("notifications"."mde_cents" <= "notifications"."total_cents") NOT VALID;
--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_dates_order_check" CHECK (("notifications"."tiered_review_sent_on" is null or "notifications"."formally_notified_on" is null or "notifications"."tiered_review_sent_on" <= "notifications"."formally_notified_on")
        and ("notifications"."tiered_review_sent_on" is null or "notifications"."tiered_review_ends_on" is null or "notifications"."tiered_review_sent_on" <= "notifications"."tiered_review_ends_on")
        and ("notifications"."formally_notified_on" is null or "notifications"."review_ends_on" is null or "notifications"."formally_notified_on" <= "notifications"."review_ends_on")
        and ("notifications"."formally_notified_on" is null or "notifications"."cleared_on" is null or "notifications"."formally_notified_on" <= "notifications"."cleared_on")
        and ("notifications"."review_ends_on" is null or "notifications"."cleared_on" is null or "notifications"."review_ends_on" < "notifications"."cleared_on")) NOT VALID;
