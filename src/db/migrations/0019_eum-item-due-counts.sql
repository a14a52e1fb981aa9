CREATE TABLE "eum_item_due_counts" (
	"partner_code" text NOT NULL,
	"site_id" uuid,
	"due_on" date NOT NULL,
	"n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "eum_item_due_counts_key" UNIQUE NULLS NOT DISTINCT("partner_code","site_id","due_on")
);
--> statement-breakpoint
CREATE INDEX "eum_item_due_counts_due_idx" ON "eum_item_due_counts" USING btree ("due_on");--> statement-breakpoint
CREATE FUNCTION eum_item_due_counts_add() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO eum_item_due_counts AS c (partner_code, site_id, due_on, n)
    SELECT partner_code, site_id, inventory_due_on, count(*) FROM eum_items_new
    WHERE status = 'in_inventory' AND inventory_due_on IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ON CONSTRAINT eum_item_due_counts_key DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION eum_item_due_counts_remove() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO eum_item_due_counts AS c (partner_code, site_id, due_on, n)
    SELECT partner_code, site_id, inventory_due_on, -count(*) FROM eum_items_old
    WHERE status = 'in_inventory' AND inventory_due_on IS NOT NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ON CONSTRAINT eum_item_due_counts_key DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE FUNCTION eum_item_due_counts_move() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO eum_item_due_counts AS c (partner_code, site_id, due_on, n)
    SELECT partner_code, site_id, inventory_due_on, sum(d)::bigint FROM (
      SELECT partner_code, site_id, inventory_due_on, -1 AS d FROM eum_items_old
        WHERE status = 'in_inventory' AND inventory_due_on IS NOT NULL
      UNION ALL SELECT partner_code, site_id, inventory_due_on, 1 FROM eum_items_new
        WHERE status = 'in_inventory' AND inventory_due_on IS NOT NULL) moved
    GROUP BY 1, 2, 3 HAVING sum(d) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ON CONSTRAINT eum_item_due_counts_key DO UPDATE SET n = c.n + excluded.n;
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER eum_item_due_counts_insert AFTER INSERT ON eum_items REFERENCING NEW TABLE AS eum_items_new FOR EACH STATEMENT EXECUTE FUNCTION eum_item_due_counts_add();
--> statement-breakpoint
CREATE TRIGGER eum_item_due_counts_delete AFTER DELETE ON eum_items REFERENCING OLD TABLE AS eum_items_old FOR EACH STATEMENT EXECUTE FUNCTION eum_item_due_counts_remove();
--> statement-breakpoint
CREATE TRIGGER eum_item_due_counts_update AFTER UPDATE ON eum_items REFERENCING OLD TABLE AS eum_items_old NEW TABLE AS eum_items_new FOR EACH STATEMENT EXECUTE FUNCTION eum_item_due_counts_move();
--> statement-breakpoint
INSERT INTO eum_item_due_counts (partner_code, site_id, due_on, n)
  SELECT partner_code, site_id, inventory_due_on, count(*) FROM eum_items
  WHERE status = 'in_inventory' AND inventory_due_on IS NOT NULL GROUP BY 1, 2, 3;
