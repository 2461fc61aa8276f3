CREATE TABLE "concert_order_access_needs" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"needs" text NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concert_order_access_needs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "concert_order_lines" (
	"org_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"tariff_id" uuid NOT NULL,
	"quantity" integer NOT NULL,
	"unit_price_cents" integer NOT NULL,
	CONSTRAINT "concert_order_lines_order_id_tariff_id_pk" PRIMARY KEY("order_id","tariff_id")
);
--> statement-breakpoint
ALTER TABLE "concert_order_lines" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "concert_orders" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"secret" text NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"locale" text DEFAULT 'fr' NOT NULL,
	"seats" integer NOT NULL,
	"status" text DEFAULT 'booked' NOT NULL,
	"cancelled_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concert_orders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "concert_tariffs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"price_cents" integer,
	"floor_cents" integer,
	"ceiling_cents" integer,
	"conditions" text DEFAULT '' NOT NULL,
	"seat_limit" integer,
	"position" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concert_tariffs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "organisations" ADD COLUMN "ticket_price_cap_cents" integer DEFAULT 1000 NOT NULL;--> statement-breakpoint
ALTER TABLE "concert_order_access_needs" ADD CONSTRAINT "concert_order_access_needs_order_id_concert_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."concert_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_order_access_needs" ADD CONSTRAINT "concert_order_access_needs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_order_lines" ADD CONSTRAINT "concert_order_lines_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_order_lines" ADD CONSTRAINT "concert_order_lines_order_id_concert_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."concert_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_order_lines" ADD CONSTRAINT "concert_order_lines_tariff_id_concert_tariffs_id_fk" FOREIGN KEY ("tariff_id") REFERENCES "public"."concert_tariffs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_orders" ADD CONSTRAINT "concert_orders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_orders" ADD CONSTRAINT "concert_orders_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_tariffs" ADD CONSTRAINT "concert_tariffs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_tariffs" ADD CONSTRAINT "concert_tariffs_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concert_order_lines_tariff_idx" ON "concert_order_lines" USING btree ("tariff_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concert_orders_secret_unique" ON "concert_orders" USING btree ("org_id","secret");--> statement-breakpoint
CREATE INDEX "concert_orders_session_idx" ON "concert_orders" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "concert_tariffs_session_idx" ON "concert_tariffs" USING btree ("session_id");--> statement-breakpoint
CREATE POLICY "concert_order_access_needs_sensitive" ON "concert_order_access_needs" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id() and current_setting('tutti.sensitive', true) = 'on') WITH CHECK (org_id = tutti_org_id() and current_setting('tutti.sensitive', true) = 'on');--> statement-breakpoint
CREATE POLICY "concert_order_lines_tenant_isolation" ON "concert_order_lines" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "concert_orders_tenant_isolation" ON "concert_orders" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "concert_tariffs_tenant_isolation" ON "concert_tariffs" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());