CREATE TABLE "directory_support_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"commune_code" text NOT NULL,
	"commune_name" text NOT NULL,
	"name" text NOT NULL,
	"contact_email" text,
	"contact_phone" text,
	"message" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_support_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ensemble_places" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"ensemble_id" uuid NOT NULL,
	"position" smallint NOT NULL,
	"venue_id" uuid,
	"label" text,
	"address_line" text,
	"postal_code" text,
	"commune_code" text,
	"commune_name" text,
	"latitude" double precision,
	"longitude" double precision
);
--> statement-breakpoint
ALTER TABLE "ensemble_places" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "ensembles" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"public_code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"description" text,
	"status" text NOT NULL,
	"source" text NOT NULL,
	"rehearsals" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"levels" text[] DEFAULT '{}'::text[] NOT NULL,
	"audition_required" boolean DEFAULT false NOT NULL,
	"parts_sought" text[] DEFAULT '{}'::text[] NOT NULL,
	"genres" text[] DEFAULT '{}'::text[] NOT NULL,
	"age_bands" text[] DEFAULT '{}'::text[] NOT NULL,
	"annual_fee_cents" integer,
	"solidarity_fee_cents" integer,
	"fee_notes" text,
	"accessibility" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"learning_tools" text[] DEFAULT '{}'::text[] NOT NULL,
	"contact_name" text,
	"contact_email" text,
	"contact_phone" text,
	"website" text,
	"last_confirmed_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"confirm_token_hash" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "ensembles" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "directory_support_requests" ADD CONSTRAINT "directory_support_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ensemble_places" ADD CONSTRAINT "ensemble_places_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ensemble_places" ADD CONSTRAINT "ensemble_places_ensemble_id_ensembles_id_fk" FOREIGN KEY ("ensemble_id") REFERENCES "public"."ensembles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ensemble_places" ADD CONSTRAINT "ensemble_places_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ensembles" ADD CONSTRAINT "ensembles_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "directory_support_requests_org_idx" ON "directory_support_requests" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "ensemble_places_ensemble_idx" ON "ensemble_places" USING btree ("ensemble_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ensembles_public_code_unique" ON "ensembles" USING btree ("org_id","public_code");--> statement-breakpoint
CREATE UNIQUE INDEX "ensembles_confirm_token_unique" ON "ensembles" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE INDEX "ensembles_org_name_idx" ON "ensembles" USING btree ("org_id","name");--> statement-breakpoint
CREATE INDEX "ensembles_confirmation_idx" ON "ensembles" USING btree ("last_confirmed_at") WHERE status = 'published';--> statement-breakpoint
CREATE POLICY "directory_support_requests_tenant_isolation" ON "directory_support_requests" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "ensemble_places_tenant_isolation" ON "ensemble_places" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "ensembles_tenant_isolation" ON "ensembles" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());