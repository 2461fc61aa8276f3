CREATE TABLE "reference_import_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name" text NOT NULL,
	"byte_size" integer NOT NULL,
	"year" integer NOT NULL,
	"state" text NOT NULL,
	"preview" jsonb NOT NULL,
	"progress" jsonb,
	"error" text,
	"storage_key" text,
	"import_id" uuid,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reference_import_runs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "reference_commune_centres" DROP CONSTRAINT "reference_commune_centres_pkey";--> statement-breakpoint
ALTER TABLE "reference_commune_density" DROP CONSTRAINT "reference_commune_density_pkey";--> statement-breakpoint
ALTER TABLE "reference_priority_areas" DROP CONSTRAINT "reference_priority_areas_pkey";--> statement-breakpoint
ALTER TABLE "reference_commune_centres" ADD CONSTRAINT "reference_commune_centres_import_id_commune_id_pk" PRIMARY KEY("import_id","commune_id");--> statement-breakpoint
ALTER TABLE "reference_commune_density" ADD CONSTRAINT "reference_commune_density_import_id_commune_id_pk" PRIMARY KEY("import_id","commune_id");--> statement-breakpoint
ALTER TABLE "reference_priority_areas" ADD CONSTRAINT "reference_priority_areas_import_id_code_pk" PRIMARY KEY("import_id","code");--> statement-breakpoint
ALTER TABLE "reference_imports" ADD COLUMN "applied_at" timestamp with time zone;--> statement-breakpoint
-- Files imported before this column existed were applied when imported.
UPDATE "reference_imports" SET "applied_at" = "imported_at";--> statement-breakpoint
ALTER TABLE "reference_import_runs" ADD CONSTRAINT "reference_import_runs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_import_runs" ADD CONSTRAINT "reference_import_runs_import_id_reference_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reference_imports"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_import_runs_org_idx" ON "reference_import_runs" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE POLICY "reference_import_runs_tenant_isolation" ON "reference_import_runs" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());