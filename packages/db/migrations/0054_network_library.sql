CREATE TABLE "file_holds" (
	"org_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"holder" text NOT NULL,
	"holder_id" uuid NOT NULL,
	"label" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "file_holds_file_id_holder_holder_id_pk" PRIMARY KEY("file_id","holder","holder_id")
);
--> statement-breakpoint
ALTER TABLE "file_holds" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "library_copies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"network_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"target" text NOT NULL,
	"target_id" uuid,
	"copied_by" uuid,
	"copied_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_copies" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "library_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"owner_org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"body" text,
	"steps" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"file_id" uuid,
	"file_name" text,
	"media_type" text,
	"size_bytes" bigint,
	"language" text NOT NULL,
	"licence" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"audiences" text[] DEFAULT '{}'::text[] NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"search_text" text NOT NULL,
	"status" text DEFAULT 'shared' NOT NULL,
	"taken_down_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "library_entries" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "library_takedowns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"network_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"requested_by_org_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"resolved_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "library_takedowns" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "library_usage" (
	"org_id" uuid NOT NULL,
	"entry_id" uuid NOT NULL,
	"journeys" integer NOT NULL,
	"sessions" integer NOT NULL,
	"people" integer NOT NULL,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "library_usage_org_id_entry_id_pk" PRIMARY KEY("org_id","entry_id")
);
--> statement-breakpoint
ALTER TABLE "library_usage" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "file_holds" ADD CONSTRAINT "file_holds_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "file_holds" ADD CONSTRAINT "file_holds_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_copies" ADD CONSTRAINT "library_copies_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_entries" ADD CONSTRAINT "library_entries_owner_org_id_organisations_id_fk" FOREIGN KEY ("owner_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_takedowns" ADD CONSTRAINT "library_takedowns_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_takedowns" ADD CONSTRAINT "library_takedowns_entry_id_library_entries_id_fk" FOREIGN KEY ("entry_id") REFERENCES "public"."library_entries"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_takedowns" ADD CONSTRAINT "library_takedowns_requested_by_org_id_organisations_id_fk" FOREIGN KEY ("requested_by_org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "library_usage" ADD CONSTRAINT "library_usage_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "file_holds_org_idx" ON "file_holds" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "library_copies_org_idx" ON "library_copies" USING btree ("org_id","entry_id");--> statement-breakpoint
CREATE INDEX "library_entries_network_idx" ON "library_entries" USING btree ("network_id","status","updated_at");--> statement-breakpoint
CREATE INDEX "library_entries_owner_idx" ON "library_entries" USING btree ("owner_org_id");--> statement-breakpoint
CREATE INDEX "library_takedowns_network_idx" ON "library_takedowns" USING btree ("network_id","status");--> statement-breakpoint
CREATE INDEX "library_takedowns_entry_idx" ON "library_takedowns" USING btree ("entry_id");--> statement-breakpoint
CREATE INDEX "library_usage_entry_idx" ON "library_usage" USING btree ("entry_id");--> statement-breakpoint
CREATE POLICY "file_holds_tenant_isolation" ON "file_holds" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "library_copies_tenant_isolation" ON "library_copies" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "library_usage_tenant_isolation" ON "library_usage" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());