ALTER TABLE "import_batches" ADD COLUMN "warning_count" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "source" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "context_hash" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "result" jsonb;