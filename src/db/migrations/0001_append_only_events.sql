-- Ticket events are the ticket's history (R22): once written they are never changed or removed.
CREATE FUNCTION "srok_reject_event_change"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ticket_events is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER "ticket_events_no_update_delete"
  BEFORE UPDATE OR DELETE ON "ticket_events"
  FOR EACH ROW EXECUTE FUNCTION "srok_reject_event_change"();
--> statement-breakpoint
CREATE TRIGGER "ticket_events_no_truncate"
  BEFORE TRUNCATE ON "ticket_events"
  FOR EACH STATEMENT EXECUTE FUNCTION "srok_reject_event_change"();
--> statement-breakpoint
-- The ticket number sequence belongs to its column, so dropping the table drops it too.
ALTER SEQUENCE "ticket_number_seq" OWNED BY "tickets"."number";
