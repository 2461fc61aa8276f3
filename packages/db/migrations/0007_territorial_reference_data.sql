CREATE TABLE "reference_commune_centres" (
	"commune_id" text PRIMARY KEY NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"coordinates_method" text,
	"area_km2" double precision,
	"density_class" smallint,
	"import_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_commune_density" (
	"commune_id" text PRIMARY KEY NOT NULL,
	"density_class" smallint NOT NULL,
	"import_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_cultural_facilities" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source_id" text NOT NULL,
	"name" text NOT NULL,
	"type_label" text NOT NULL,
	"kind" text NOT NULL,
	"hosts_live_music" boolean NOT NULL,
	"commune_id" text,
	"latitude" double precision NOT NULL,
	"longitude" double precision NOT NULL,
	"position_source" text NOT NULL,
	"domain" text,
	"subdomain" text,
	"labels" text[] DEFAULT '{}'::text[] NOT NULL,
	"priority_neighbourhood_id" text,
	"import_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"batch_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"source_name" text NOT NULL,
	"publisher" text NOT NULL,
	"licence" text NOT NULL,
	"year" integer NOT NULL,
	"file_name" text,
	"layout" text NOT NULL,
	"lines_read" integer NOT NULL,
	"records" integer NOT NULL,
	"applied" integer NOT NULL,
	"unknown_communes" integer NOT NULL,
	"warnings" integer NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reference_priority_areas" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"commune_codes" text[] NOT NULL,
	"commune_ids" text[] NOT NULL,
	"import_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "reference_commune_centres" ADD CONSTRAINT "reference_commune_centres_import_id_reference_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reference_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_commune_density" ADD CONSTRAINT "reference_commune_density_import_id_reference_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reference_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_cultural_facilities" ADD CONSTRAINT "reference_cultural_facilities_import_id_reference_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reference_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reference_priority_areas" ADD CONSTRAINT "reference_priority_areas_import_id_reference_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."reference_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "reference_cultural_facilities_live_idx" ON "reference_cultural_facilities" USING btree ("hosts_live_music");--> statement-breakpoint
CREATE INDEX "reference_cultural_facilities_commune_idx" ON "reference_cultural_facilities" USING btree ("commune_id");--> statement-breakpoint
CREATE INDEX "reference_imports_kind_at_idx" ON "reference_imports" USING btree ("kind","imported_at");