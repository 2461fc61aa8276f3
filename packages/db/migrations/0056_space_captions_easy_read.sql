CREATE TABLE "space_resource_captions" (
	"resource_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"lang" text NOT NULL,
	"vtt" text NOT NULL,
	"cue_count" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "space_resource_captions_resource_id_lang_pk" PRIMARY KEY("resource_id","lang")
);
--> statement-breakpoint
ALTER TABLE "space_resource_captions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "journey_spaces" ADD COLUMN "easy_read" text;--> statement-breakpoint
ALTER TABLE "space_resource_captions" ADD CONSTRAINT "space_resource_captions_resource_id_space_resources_id_fk" FOREIGN KEY ("resource_id") REFERENCES "public"."space_resources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "space_resource_captions" ADD CONSTRAINT "space_resource_captions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "space_resource_captions_org_idx" ON "space_resource_captions" USING btree ("org_id");--> statement-breakpoint
CREATE POLICY "space_resource_captions_tenant_isolation" ON "space_resource_captions" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());