DROP INDEX "outbox_pending_idx";--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "next_attempt_at" timestamp with time zone DEFAULT now();--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "retry_until" timestamp with time zone DEFAULT now() + interval '48 hours' NOT NULL;--> statement-breakpoint
CREATE INDEX "outbox_due_idx" ON "outbox_messages" USING btree ("next_attempt_at") WHERE status = 'pending';--> statement-breakpoint
UPDATE "outbox_messages" SET "next_attempt_at" = NULL WHERE "status" <> 'pending';
