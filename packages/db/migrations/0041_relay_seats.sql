CREATE TABLE "concert_group_reservations" (
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"seats" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "concert_group_reservations_session_id_group_id_pk" PRIMARY KEY("session_id","group_id")
);
--> statement-breakpoint
ALTER TABLE "concert_group_reservations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "concert_relay_allocations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"partner_id" uuid NOT NULL,
	"seats" integer NOT NULL,
	"valid_until" date,
	"release_days_before" integer NOT NULL,
	"released_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concert_relay_allocations" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "concert_orders" ADD COLUMN "channel" text DEFAULT 'public' NOT NULL;--> statement-breakpoint
ALTER TABLE "concert_orders" ADD COLUMN "allocation_id" uuid;--> statement-breakpoint
ALTER TABLE "concert_group_reservations" ADD CONSTRAINT "concert_group_reservations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_group_reservations" ADD CONSTRAINT "concert_group_reservations_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_group_reservations" ADD CONSTRAINT "concert_group_reservations_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_relay_allocations" ADD CONSTRAINT "concert_relay_allocations_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_relay_allocations" ADD CONSTRAINT "concert_relay_allocations_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_relay_allocations" ADD CONSTRAINT "concert_relay_allocations_partner_id_partners_id_fk" FOREIGN KEY ("partner_id") REFERENCES "public"."partners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concert_group_reservations_org_idx" ON "concert_group_reservations" USING btree ("org_id","session_id");--> statement-breakpoint
CREATE INDEX "concert_group_reservations_group_idx" ON "concert_group_reservations" USING btree ("group_id");--> statement-breakpoint
CREATE INDEX "concert_relay_allocations_org_idx" ON "concert_relay_allocations" USING btree ("org_id","session_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concert_relay_allocations_session_partner_unique" ON "concert_relay_allocations" USING btree ("session_id","partner_id");--> statement-breakpoint
CREATE INDEX "concert_relay_allocations_partner_idx" ON "concert_relay_allocations" USING btree ("partner_id");--> statement-breakpoint
ALTER TABLE "concert_orders" ADD CONSTRAINT "concert_orders_allocation_id_concert_relay_allocations_id_fk" FOREIGN KEY ("allocation_id") REFERENCES "public"."concert_relay_allocations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concert_orders_allocation_idx" ON "concert_orders" USING btree ("allocation_id") WHERE allocation_id is not null;--> statement-breakpoint
CREATE POLICY "concert_group_reservations_tenant_isolation" ON "concert_group_reservations" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "concert_relay_allocations_tenant_isolation" ON "concert_relay_allocations" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());