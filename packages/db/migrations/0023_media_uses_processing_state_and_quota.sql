ALTER TABLE "files" ADD COLUMN "use" text DEFAULT 'document' NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "status" text DEFAULT 'ready' NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "progress" integer DEFAULT 100 NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "stored_bytes" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "duration_ms" integer;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "variants" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "files" ADD COLUMN "problem" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "media_quota_bytes" bigint;--> statement-breakpoint
CREATE INDEX "files_org_use_idx" ON "files" USING btree ("org_id","use","created_at");--> statement-breakpoint
UPDATE "files" SET "stored_bytes" = "size_bytes", "variants" = jsonb_build_array(jsonb_build_object('name', 'original', 'storageKey', "storage_key", 'mediaType', "media_type", 'sizeBytes', "size_bytes", 'width', null));
