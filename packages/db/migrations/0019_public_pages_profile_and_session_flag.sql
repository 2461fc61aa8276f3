ALTER TABLE "organisations" ADD COLUMN "public_profile" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "public_slug" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "public_description" text;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "public_region" text;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "is_public" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "sessions" ADD COLUMN "public_code" text;--> statement-breakpoint
CREATE UNIQUE INDEX "organisations_public_slug_unique" ON "organisations" USING btree ("public_slug");--> statement-breakpoint
CREATE UNIQUE INDEX "sessions_public_code_unique" ON "sessions" USING btree ("org_id","public_code");--> statement-breakpoint
CREATE INDEX "sessions_public_idx" ON "sessions" USING btree ("org_id","starts_at") WHERE is_public;