CREATE TABLE "call_recording_days" (
	"org_id" uuid NOT NULL,
	"application_id" uuid PRIMARY KEY NOT NULL,
	"session_id" uuid NOT NULL,
	"commune_code" text NOT NULL,
	"distance_km" numeric(6, 1) NOT NULL,
	"proposed_by" uuid,
	"proposed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "call_recording_days" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "call_recording_days" ADD CONSTRAINT "call_recording_days_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_recording_days" ADD CONSTRAINT "call_recording_days_application_id_call_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."call_applications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_recording_days" ADD CONSTRAINT "call_recording_days_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "call_recording_days" ADD CONSTRAINT "call_recording_days_proposed_by_users_id_fk" FOREIGN KEY ("proposed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "call_recording_days_org_idx" ON "call_recording_days" USING btree ("org_id","session_id");--> statement-breakpoint
CREATE POLICY "call_recording_days_tenant_isolation" ON "call_recording_days" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());