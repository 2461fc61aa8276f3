ALTER TABLE "participant_consents" ALTER COLUMN "guardian_name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "references" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "import_batches" ADD COLUMN "tallies" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD COLUMN "source" text DEFAULT 'form' NOT NULL;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD COLUMN "source_file" text;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD COLUMN "source_line" integer;