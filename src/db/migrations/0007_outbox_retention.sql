ALTER TABLE "mailbox" DROP CONSTRAINT "mailbox_outbox_id_outbox_id_fk";
--> statement-breakpoint
ALTER TABLE "notifications" DROP CONSTRAINT "notifications_outbox_id_outbox_id_fk";
--> statement-breakpoint
CREATE INDEX "outbox_created_idx" ON "outbox" USING brin ("created_at");