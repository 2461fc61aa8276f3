CREATE TABLE "concert_door_entries" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"order_id" uuid,
	"people" integer NOT NULL,
	"method" text NOT NULL,
	"device_id" text NOT NULL,
	"user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concert_door_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "concert_door_travel" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"entry_op_id" uuid NOT NULL,
	"people" integer NOT NULL,
	"mode" text NOT NULL,
	"car_people" integer,
	"device_id" text NOT NULL,
	"user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	CONSTRAINT "concert_door_travel_car_people" CHECK (("concert_door_travel"."mode" = 'car') = ("concert_door_travel"."car_people" is not null))
);
--> statement-breakpoint
ALTER TABLE "concert_door_travel" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "concert_door_entries" ADD CONSTRAINT "concert_door_entries_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_door_entries" ADD CONSTRAINT "concert_door_entries_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_door_entries" ADD CONSTRAINT "concert_door_entries_order_id_concert_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."concert_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_door_travel" ADD CONSTRAINT "concert_door_travel_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_door_travel" ADD CONSTRAINT "concert_door_travel_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "concert_door_entries_session_idx" ON "concert_door_entries" USING btree ("session_id");--> statement-breakpoint
CREATE INDEX "concert_door_entries_order_idx" ON "concert_door_entries" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "concert_door_travel_session_idx" ON "concert_door_travel" USING btree ("session_id","entry_op_id");--> statement-breakpoint
CREATE POLICY "concert_door_entries_tenant_isolation" ON "concert_door_entries" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "concert_door_travel_tenant_isolation" ON "concert_door_travel" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());