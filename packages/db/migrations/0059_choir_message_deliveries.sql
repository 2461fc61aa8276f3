CREATE TABLE "choir_message_deliveries" (
	"org_id" uuid NOT NULL,
	"message_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"read_at" timestamp with time zone,
	CONSTRAINT "choir_message_deliveries_message_id_member_id_pk" PRIMARY KEY("message_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "choir_message_deliveries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"choir_id" uuid NOT NULL,
	"season_id" uuid,
	"audience" text NOT NULL,
	"part_id" uuid,
	"site_id" uuid,
	"subject" jsonb NOT NULL,
	"text" jsonb NOT NULL,
	"sent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_messages" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "choir_message_deliveries" ADD CONSTRAINT "choir_message_deliveries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_message_deliveries" ADD CONSTRAINT "choir_message_deliveries_message_id_choir_messages_id_fk" FOREIGN KEY ("message_id") REFERENCES "public"."choir_messages"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_message_deliveries" ADD CONSTRAINT "choir_message_deliveries_member_id_choir_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."choir_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_messages" ADD CONSTRAINT "choir_messages_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_messages" ADD CONSTRAINT "choir_messages_choir_id_choirs_id_fk" FOREIGN KEY ("choir_id") REFERENCES "public"."choirs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_messages" ADD CONSTRAINT "choir_messages_season_id_choir_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."choir_seasons"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_messages" ADD CONSTRAINT "choir_messages_part_id_choir_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."choir_parts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_messages" ADD CONSTRAINT "choir_messages_site_id_choir_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."choir_sites"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_messages" ADD CONSTRAINT "choir_messages_sent_by_users_id_fk" FOREIGN KEY ("sent_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "choir_message_deliveries_org_idx" ON "choir_message_deliveries" USING btree ("org_id","message_id");--> statement-breakpoint
CREATE INDEX "choir_message_deliveries_member_idx" ON "choir_message_deliveries" USING btree ("member_id","message_id");--> statement-breakpoint
CREATE INDEX "choir_messages_org_idx" ON "choir_messages" USING btree ("org_id","choir_id","created_at");--> statement-breakpoint
CREATE POLICY "choir_message_deliveries_tenant_isolation" ON "choir_message_deliveries" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_messages_tenant_isolation" ON "choir_messages" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());