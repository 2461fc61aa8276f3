CREATE TABLE "space_concerts" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"stream_url" text,
	"stream_opens_minutes" integer DEFAULT 60 NOT NULL,
	"programme" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_concerts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "space_concerts" ADD CONSTRAINT "space_concerts_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_concerts" ADD CONSTRAINT "space_concerts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_concerts_org_idx" ON "space_concerts" USING btree ("org_id");--> statement-breakpoint
CREATE POLICY "space_concerts_tenant_isolation" ON "space_concerts" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());