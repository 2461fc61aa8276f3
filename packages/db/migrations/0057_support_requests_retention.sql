ALTER TABLE "directory_support_requests" ALTER COLUMN "name" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "directory_support_requests" ADD COLUMN "handled_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "directory_support_requests" ADD COLUMN "anonymised_at" timestamp with time zone;