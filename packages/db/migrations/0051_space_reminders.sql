CREATE TABLE "space_reminder_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"journey_id" uuid NOT NULL,
	"email" text NOT NULL,
	"language" text NOT NULL,
	"token_hash" text NOT NULL,
	"confirmed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_reminder_subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "space_reminders_sent" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "space_reminders_sent" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "space_reminder_subscriptions" ADD CONSTRAINT "space_reminder_subscriptions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reminder_subscriptions" ADD CONSTRAINT "space_reminder_subscriptions_journey_id_journeys_id_fk" FOREIGN KEY ("journey_id") REFERENCES "public"."journeys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reminders_sent" ADD CONSTRAINT "space_reminders_sent_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reminders_sent" ADD CONSTRAINT "space_reminders_sent_subscription_id_space_reminder_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."space_reminder_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_reminders_sent" ADD CONSTRAINT "space_reminders_sent_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "space_reminder_subscriptions_unique" ON "space_reminder_subscriptions" USING btree ("journey_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "space_reminder_subscriptions_token_unique" ON "space_reminder_subscriptions" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "space_reminder_subscriptions_org_idx" ON "space_reminder_subscriptions" USING btree ("org_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "space_reminders_sent_unique" ON "space_reminders_sent" USING btree ("subscription_id","session_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "space_reminders_sent_token_unique" ON "space_reminders_sent" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "space_reminders_sent_org_idx" ON "space_reminders_sent" USING btree ("org_id","sent_at");--> statement-breakpoint
CREATE POLICY "space_reminder_subscriptions_tenant_isolation" ON "space_reminder_subscriptions" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "space_reminders_sent_tenant_isolation" ON "space_reminders_sent" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());