CREATE TABLE "retention_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"ran_at" timestamp with time zone NOT NULL,
	"counts" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "retention_reports" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "retention_reports" ADD CONSTRAINT "retention_reports_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "retention_reports_org_idx" ON "retention_reports" USING btree ("org_id","ran_at");--> statement-breakpoint
CREATE POLICY "retention_reports_tenant_isolation" ON "retention_reports" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
-- Reports are written by the purge job (owner role); tenant code only reads them.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "retention_reports" FROM tutti_app;
