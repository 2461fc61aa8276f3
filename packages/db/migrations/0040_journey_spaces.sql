CREATE TABLE "journey_spaces" (
	"journey_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"welcome" text,
	"public_slug" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "journey_spaces" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "space_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"resource_id" uuid NOT NULL,
	"journey_id" uuid,
	"project_id" uuid,
	"template_id" uuid,
	"section" text NOT NULL,
	"step_position" integer,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_entries_one_scope" CHECK ((journey_id is not null and project_id is null and template_id is null) or (journey_id is null and project_id is not null and template_id is not null))
);
--> statement-breakpoint
ALTER TABLE "space_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "space_resource_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"resource_id" uuid NOT NULL,
	"participant_id" uuid,
	"org_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_resource_participants" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "space_resources" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"file_id" uuid,
	"url" text,
	"text" text,
	"link_provider" text,
	"embed_title" text,
	"embed_author" text,
	"licence" text NOT NULL,
	"rights_note" text,
	"downloadable" boolean DEFAULT false NOT NULL,
	"available_from" date,
	"available_until" date,
	"audience" text DEFAULT 'everyone' NOT NULL,
	"session_id" uuid,
	"shows_people" boolean DEFAULT false NOT NULL,
	"chapters" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"published" boolean DEFAULT false NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_resources" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "journey_spaces" ADD CONSTRAINT "journey_spaces_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "journey_spaces" ADD CONSTRAINT "journey_spaces_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_entries" ADD CONSTRAINT "space_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_entries" ADD CONSTRAINT "space_entries_resource_id_space_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."space_resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_entries" ADD CONSTRAINT "space_entries_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_entries" ADD CONSTRAINT "space_entries_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_entries" ADD CONSTRAINT "space_entries_template_id_journey_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."journey_templates"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resource_participants" ADD CONSTRAINT "space_resource_participants_resource_id_space_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."space_resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resource_participants" ADD CONSTRAINT "space_resource_participants_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resource_participants" ADD CONSTRAINT "space_resource_participants_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resources" ADD CONSTRAINT "space_resources_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "journey_spaces_public_slug_unique" ON "journey_spaces" USING btree ("org_id","public_slug");--> statement-breakpoint
CREATE INDEX "space_entries_journey_idx" ON "space_entries" USING btree ("journey_id") WHERE journey_id is not null;--> statement-breakpoint
CREATE INDEX "space_entries_shared_idx" ON "space_entries" USING btree ("project_id","template_id") WHERE template_id is not null;--> statement-breakpoint
CREATE INDEX "space_entries_resource_idx" ON "space_entries" USING btree ("resource_id");--> statement-breakpoint
CREATE INDEX "space_entries_org_idx" ON "space_entries" USING btree ("org_id","section");--> statement-breakpoint
CREATE UNIQUE INDEX "space_resource_participants_unique" ON "space_resource_participants" USING btree ("resource_id","participant_id");--> statement-breakpoint
CREATE INDEX "space_resource_participants_org_idx" ON "space_resource_participants" USING btree ("org_id","resource_id");--> statement-breakpoint
CREATE INDEX "space_resource_participants_participant_idx" ON "space_resource_participants" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "space_resources_org_idx" ON "space_resources" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "space_resources_file_idx" ON "space_resources" USING btree ("file_id") WHERE file_id is not null;--> statement-breakpoint
CREATE POLICY "journey_spaces_tenant_isolation" ON "journey_spaces" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "space_entries_tenant_isolation" ON "space_entries" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "space_resource_participants_tenant_isolation" ON "space_resource_participants" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "space_resources_tenant_isolation" ON "space_resources" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());