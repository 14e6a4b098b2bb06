DROP INDEX "tickets_queue_idx";--> statement-breakpoint
DROP INDEX "tickets_assignee_queue_idx";--> statement-breakpoint
CREATE INDEX "tickets_queue_idx" ON "tickets" USING btree ("next_due_at","number");--> statement-breakpoint
CREATE INDEX "tickets_assignee_queue_idx" ON "tickets" USING btree ("assignee_id","next_due_at","number");