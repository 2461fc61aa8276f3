CREATE TABLE "group_share_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"token" text NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "group_share_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "guest_access_links" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"scope" text NOT NULL,
	"subject" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guest_access_links" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "guest_accesses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"link_id" uuid,
	"token_hash" text NOT NULL,
	"scope" text NOT NULL,
	"subject" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "guest_accesses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "outbox_messages" ADD COLUMN "channel" text DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD COLUMN "guardian_email" text;--> statement-breakpoint
ALTER TABLE "participant_consents" ADD COLUMN "guardian_phone" text;--> statement-breakpoint
ALTER TABLE "group_share_links" ADD CONSTRAINT "group_share_links_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_share_links" ADD CONSTRAINT "group_share_links_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "group_share_links" ADD CONSTRAINT "group_share_links_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_access_links" ADD CONSTRAINT "guest_access_links_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_accesses" ADD CONSTRAINT "guest_accesses_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "guest_accesses" ADD CONSTRAINT "guest_accesses_link_id_guest_access_links_id_fk" FOREIGN KEY ("link_id") REFERENCES "public"."guest_access_links"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "group_share_links_token_unique" ON "group_share_links" USING btree ("token");--> statement-breakpoint
CREATE INDEX "group_share_links_group_idx" ON "group_share_links" USING btree ("group_id") WHERE revoked_at is null;--> statement-breakpoint
CREATE UNIQUE INDEX "guest_access_links_token_unique" ON "guest_access_links" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "guest_access_links_expiry_idx" ON "guest_access_links" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "guest_accesses_token_unique" ON "guest_accesses" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "guest_accesses_org_idx" ON "guest_accesses" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "guest_accesses_expiry_idx" ON "guest_accesses" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "participant_consents_guardian_email_idx" ON "participant_consents" USING btree ("org_id","guardian_email") WHERE guardian_email is not null;--> statement-breakpoint
CREATE INDEX "participant_consents_guardian_phone_idx" ON "participant_consents" USING btree ("org_id","guardian_phone") WHERE guardian_phone is not null;--> statement-breakpoint
CREATE POLICY "group_share_links_tenant_isolation" ON "group_share_links" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "guest_access_links_tenant_isolation" ON "guest_access_links" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "guest_accesses_tenant_isolation" ON "guest_accesses" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());