CREATE TABLE "session_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"actor_user_id" uuid,
	"action" text NOT NULL,
	"changes" jsonb NOT NULL,
	"override_reason" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "session_changes" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "session_changes" ADD CONSTRAINT "session_changes_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "session_changes_session_at_idx" ON "session_changes" USING btree ("session_id","at");--> statement-breakpoint
CREATE POLICY "session_changes_tenant_isolation" ON "session_changes" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
-- The history is appended to, never rewritten by tenant code.
REVOKE UPDATE, DELETE, TRUNCATE ON "session_changes" FROM tutti_app;
