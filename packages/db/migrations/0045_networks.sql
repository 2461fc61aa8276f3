CREATE TABLE "network_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"member_org_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"title" text NOT NULL,
	"category" text NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"accessibility" text[] DEFAULT '{}'::text[] NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"time_zone" text NOT NULL,
	"cancelled" boolean DEFAULT false NOT NULL,
	"venue_name" text,
	"address" text,
	"postal_code" text,
	"commune_code" text,
	"commune_name" text,
	"latitude" double precision,
	"longitude" double precision,
	"public_path" text,
	"sequence" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "network_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "network_members" (
	"network_id" uuid NOT NULL,
	"member_org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"country" text DEFAULT 'FR' NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"network_accepted_at" timestamp with time zone,
	"org_accepted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_members_network_id_member_org_id_pk" PRIMARY KEY("network_id","member_org_id")
);
--> statement-breakpoint
ALTER TABLE "network_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "network_role_holders" (
	"network_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"member_org_id" uuid NOT NULL,
	"role" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "network_role_holders_network_id_user_id_pk" PRIMARY KEY("network_id","user_id")
);
--> statement-breakpoint
ALTER TABLE "network_role_holders" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "networks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"slug" text NOT NULL,
	"description" text,
	"home_org_id" uuid NOT NULL,
	"published" boolean DEFAULT true NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "networks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "organisation_figures" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"period_from" text NOT NULL,
	"period_to" text NOT NULL,
	"beneficiaries" integer,
	"beneficiaries_hidden" boolean DEFAULT false NOT NULL,
	"sessions" integer NOT NULL,
	"hours" double precision,
	"hours_hidden" boolean DEFAULT false NOT NULL,
	"carbon_per_beneficiary_kg" double precision,
	"carbon_hidden" boolean DEFAULT false NOT NULL,
	"communes" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "organisation_figures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "network_events" ADD CONSTRAINT "network_events_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_events" ADD CONSTRAINT "network_events_member_org_id_organisations_id_fk" FOREIGN KEY ("member_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_members" ADD CONSTRAINT "network_members_member_org_id_organisations_id_fk" FOREIGN KEY ("member_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_role_holders" ADD CONSTRAINT "network_role_holders_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_role_holders" ADD CONSTRAINT "network_role_holders_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "network_role_holders" ADD CONSTRAINT "network_role_holders_member_org_id_organisations_id_fk" FOREIGN KEY ("member_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "networks" ADD CONSTRAINT "networks_home_org_id_organisations_id_fk" FOREIGN KEY ("home_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organisation_figures" ADD CONSTRAINT "organisation_figures_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "network_events_source_unique" ON "network_events" USING btree ("network_id","member_org_id","session_id");--> statement-breakpoint
CREATE INDEX "network_events_agenda_idx" ON "network_events" USING btree ("network_id","starts_at");--> statement-breakpoint
CREATE INDEX "network_events_org_idx" ON "network_events" USING btree ("member_org_id");--> statement-breakpoint
CREATE INDEX "network_members_org_idx" ON "network_members" USING btree ("member_org_id");--> statement-breakpoint
CREATE INDEX "network_role_holders_user_idx" ON "network_role_holders" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "network_role_holders_org_idx" ON "network_role_holders" USING btree ("member_org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "networks_slug_unique" ON "networks" USING btree ("slug");--> statement-breakpoint
CREATE INDEX "networks_home_org_idx" ON "networks" USING btree ("home_org_id");--> statement-breakpoint
CREATE POLICY "organisation_figures_tenant_isolation" ON "organisation_figures" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());