CREATE TABLE "concert_group_orders" (
	"order_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"establishment_kind" text NOT NULL,
	"establishment_name" text NOT NULL,
	"group_name" text,
	"children" integer NOT NULL,
	"adults" integer NOT NULL,
	"head_email" text,
	"confirm_secret" text NOT NULL,
	"hold_expires_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"declined_at" timestamp with time zone,
	"released_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "concert_group_orders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "concert_waiting_list" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"secret" text NOT NULL,
	"name" text,
	"email" text,
	"phone" text,
	"locale" text DEFAULT 'fr' NOT NULL,
	"party_size" integer NOT NULL,
	"position" integer NOT NULL,
	"status" text DEFAULT 'waiting' NOT NULL,
	"offered_at" timestamp with time zone,
	"offer_expires_at" timestamp with time zone,
	"order_id" uuid,
	"ended_at" timestamp with time zone,
	"anonymised_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concert_waiting_list" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "concert_group_orders" ADD CONSTRAINT "concert_group_orders_order_id_concert_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."concert_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_group_orders" ADD CONSTRAINT "concert_group_orders_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_waiting_list" ADD CONSTRAINT "concert_waiting_list_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_waiting_list" ADD CONSTRAINT "concert_waiting_list_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_waiting_list" ADD CONSTRAINT "concert_waiting_list_order_id_concert_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."concert_orders"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "concert_group_orders_secret_unique" ON "concert_group_orders" USING btree ("org_id","confirm_secret");--> statement-breakpoint
CREATE UNIQUE INDEX "concert_waiting_list_secret_unique" ON "concert_waiting_list" USING btree ("org_id","secret");--> statement-breakpoint
CREATE INDEX "concert_waiting_list_session_idx" ON "concert_waiting_list" USING btree ("session_id","position");--> statement-breakpoint
CREATE POLICY "concert_group_orders_tenant_isolation" ON "concert_group_orders" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "concert_waiting_list_tenant_isolation" ON "concert_waiting_list" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());