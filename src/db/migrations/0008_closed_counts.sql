CREATE TABLE "ticket_closed_counts" (
	"organization_id" uuid PRIMARY KEY NOT NULL,
	"closed" bigint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
DROP INDEX "tickets_organization_status_idx";--> statement-breakpoint
ALTER TABLE "ticket_closed_counts" ADD CONSTRAINT "ticket_closed_counts_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "tickets_open_status_idx" ON "tickets" USING btree ("organization_id","status") WHERE "tickets"."status" <> 'closed';--> statement-breakpoint
-- Keeps ticket_closed_counts true on every insert and change of status. The WHEN clauses let
-- the many changes that neither close nor reopen a ticket (filing among them) skip the call.
CREATE FUNCTION "srok_count_closed"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD."status" = 'closed' THEN
    UPDATE "ticket_closed_counts" SET "closed" = "closed" - 1 WHERE "organization_id" = OLD."organization_id";
  END IF;
  IF NEW."status" = 'closed' THEN
    INSERT INTO "ticket_closed_counts" AS c ("organization_id", "closed") VALUES (NEW."organization_id", 1)
      ON CONFLICT ("organization_id") DO UPDATE SET "closed" = c."closed" + 1;
  END IF;
  RETURN NULL;
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "tickets_count_closed_insert"
  AFTER INSERT ON "tickets"
  FOR EACH ROW WHEN (NEW."status" = 'closed') EXECUTE FUNCTION "srok_count_closed"();
--> statement-breakpoint
CREATE TRIGGER "tickets_count_closed_update"
  AFTER UPDATE OF "status", "organization_id" ON "tickets"
  FOR EACH ROW
  WHEN ((OLD."status" = 'closed' OR NEW."status" = 'closed')
    AND (OLD."status" IS DISTINCT FROM NEW."status" OR OLD."organization_id" IS DISTINCT FROM NEW."organization_id"))
  EXECUTE FUNCTION "srok_count_closed"();
--> statement-breakpoint
INSERT INTO "ticket_closed_counts" ("organization_id", "closed")
  SELECT "organization_id", count(*) FROM "tickets" WHERE "status" = 'closed' GROUP BY "organization_id";
