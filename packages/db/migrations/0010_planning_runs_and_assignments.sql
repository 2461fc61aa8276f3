CREATE TABLE "planning_assignments" (
	"org_id" uuid NOT NULL,
	"run_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"session_version" timestamp with time zone NOT NULL,
	"current_starts_at" timestamp with time zone NOT NULL,
	"current_artist_ids" uuid[] NOT NULL,
	"pinned" boolean DEFAULT false NOT NULL,
	"artist_id" uuid,
	"starts_at" timestamp with time zone,
	"ends_at" timestamp with time zone,
	"unplaced_reason" text,
	CONSTRAINT "planning_assignments_run_id_session_id_pk" PRIMARY KEY("run_id","session_id")
);
--> statement-breakpoint
ALTER TABLE "planning_assignments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "planning_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"project_id" uuid,
	"from_date" date NOT NULL,
	"to_date" date NOT NULL,
	"status" text DEFAULT 'queued' NOT NULL,
	"request" jsonb NOT NULL,
	"replan_of" uuid,
	"progress" jsonb,
	"distance_model" jsonb,
	"result" jsonb,
	"error" text,
	"job_id" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp with time zone,
	"finished_at" timestamp with time zone,
	"accepted_at" timestamp with time zone,
	"accepted_by" uuid
);
--> statement-breakpoint
ALTER TABLE "planning_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "planning_assignments" ADD CONSTRAINT "planning_assignments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_assignments" ADD CONSTRAINT "planning_assignments_run_id_planning_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."planning_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_assignments" ADD CONSTRAINT "planning_assignments_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_assignments" ADD CONSTRAINT "planning_assignments_artist_id_artists_id_fk" FOREIGN KEY ("artist_id") REFERENCES "public"."artists"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "planning_runs" ADD CONSTRAINT "planning_runs_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "planning_assignments_session_idx" ON "planning_assignments" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "planning_runs_org_created_idx" ON "planning_runs" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "planning_runs_project_idx" ON "planning_runs" USING btree ("project_id");--> statement-breakpoint
CREATE POLICY "planning_assignments_tenant_isolation" ON "planning_assignments" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "planning_runs_tenant_isolation" ON "planning_runs" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());