CREATE TABLE "carbon_confirmations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"input_key" text NOT NULL,
	"fingerprint" text NOT NULL,
	"confirmed_by" uuid,
	"confirmed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "carbon_confirmations_input_unique" UNIQUE("org_id","input_key")
);
--> statement-breakpoint
ALTER TABLE "carbon_confirmations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "carbon_confirmations" ADD CONSTRAINT "carbon_confirmations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_confirmations" ADD CONSTRAINT "carbon_confirmations_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "carbon_confirmations" ADD CONSTRAINT "carbon_confirmations_confirmed_by_users_id_fk" FOREIGN KEY ("confirmed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "carbon_confirmations_session_idx" ON "carbon_confirmations" USING btree ("session_id");--> statement-breakpoint
CREATE POLICY "carbon_confirmations_tenant_isolation" ON "carbon_confirmations" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());