CREATE TABLE "concert_checkouts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"intent_id" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"received_cents" integer,
	"paid_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "concert_checkouts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "concert_payments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"order_id" uuid NOT NULL,
	"method" text NOT NULL,
	"amount_cents" integer NOT NULL,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	"checkout_id" uuid,
	"external_id" text
);
--> statement-breakpoint
ALTER TABLE "concert_payments" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "helloasso_accounts" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"client_id" text NOT NULL,
	"client_secret" text NOT NULL,
	"organization_slug" text NOT NULL,
	"signature_key" text,
	"updated_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "helloasso_accounts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "concert_checkouts" ADD CONSTRAINT "concert_checkouts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_checkouts" ADD CONSTRAINT "concert_checkouts_order_id_concert_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."concert_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_payments" ADD CONSTRAINT "concert_payments_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_payments" ADD CONSTRAINT "concert_payments_order_id_concert_orders_id_fk" FOREIGN KEY ("order_id") REFERENCES "public"."concert_orders"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_payments" ADD CONSTRAINT "concert_payments_recorded_by_users_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "concert_payments" ADD CONSTRAINT "concert_payments_checkout_id_concert_checkouts_id_fk" FOREIGN KEY ("checkout_id") REFERENCES "public"."concert_checkouts"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helloasso_accounts" ADD CONSTRAINT "helloasso_accounts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "helloasso_accounts" ADD CONSTRAINT "helloasso_accounts_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "concert_checkouts_intent_unique" ON "concert_checkouts" USING btree ("org_id","intent_id");--> statement-breakpoint
CREATE INDEX "concert_checkouts_order_idx" ON "concert_checkouts" USING btree ("order_id");--> statement-breakpoint
CREATE INDEX "concert_payments_org_idx" ON "concert_payments" USING btree ("org_id","order_id");--> statement-breakpoint
CREATE INDEX "concert_payments_order_idx" ON "concert_payments" USING btree ("order_id");--> statement-breakpoint
CREATE UNIQUE INDEX "concert_payments_external_unique" ON "concert_payments" USING btree ("org_id","external_id") WHERE external_id is not null;--> statement-breakpoint
CREATE POLICY "concert_checkouts_tenant_isolation" ON "concert_checkouts" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "concert_payments_tenant_isolation" ON "concert_payments" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "helloasso_accounts_tenant_isolation" ON "helloasso_accounts" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());