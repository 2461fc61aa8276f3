CREATE TABLE "carbon_factor_sets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid,
	"version" text NOT NULL,
	"published_on" text NOT NULL,
	"source" text NOT NULL,
	"licence" text NOT NULL,
	"factors" jsonb NOT NULL,
	"online_video" jsonb NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carbon_factor_sets_org_version_unique" UNIQUE NULLS NOT DISTINCT("org_id","version")
);
--> statement-breakpoint
ALTER TABLE "carbon_factor_sets" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "carbon_project_settings" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"audience_mode_split" jsonb,
	"group_mode" text DEFAULT 'coach' NOT NULL,
	"van_km_per_session" double precision,
	"van_session_kinds" text[] DEFAULT '{concert}'::text[] NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "carbon_project_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "carbon_session_settings" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"van_km" double precision,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "carbon_session_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "carbon_settings" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"factor_set_id" uuid NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "carbon_settings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "carbon_factor_sets" ADD CONSTRAINT "carbon_factor_sets_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_factor_sets" ADD CONSTRAINT "carbon_factor_sets_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_project_settings" ADD CONSTRAINT "carbon_project_settings_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_project_settings" ADD CONSTRAINT "carbon_project_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_session_settings" ADD CONSTRAINT "carbon_session_settings_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_session_settings" ADD CONSTRAINT "carbon_session_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_settings" ADD CONSTRAINT "carbon_settings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_settings" ADD CONSTRAINT "carbon_settings_factor_set_id_carbon_factor_sets_id_fk" FOREIGN KEY ("factor_set_id") REFERENCES "public"."carbon_factor_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carbon_project_settings_org_idx" ON "carbon_project_settings" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "carbon_session_settings_org_idx" ON "carbon_session_settings" USING btree ("org_id");--> statement-breakpoint
CREATE POLICY "carbon_factor_sets_read" ON "carbon_factor_sets" AS PERMISSIVE FOR SELECT TO "tutti_app" USING (org_id is null or org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "carbon_factor_sets_insert" ON "carbon_factor_sets" AS PERMISSIVE FOR INSERT TO "tutti_app" WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "carbon_project_settings_tenant_isolation" ON "carbon_project_settings" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "carbon_session_settings_tenant_isolation" ON "carbon_session_settings" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "carbon_settings_tenant_isolation" ON "carbon_settings" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());