ALTER TABLE "call_applications" ADD COLUMN "needs_recording_day" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "call_applications" ADD COLUMN "commune_code" text;--> statement-breakpoint
ALTER TABLE "call_applications" ADD COLUMN "commune_name" text;