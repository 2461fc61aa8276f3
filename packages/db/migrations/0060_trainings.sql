CREATE TABLE "training_people" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"display_name" text NOT NULL,
	"role" text NOT NULL,
	"member_org_id" uuid,
	"organisation_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_people" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "training_signatures" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"training_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"half_day" text NOT NULL,
	"present" boolean NOT NULL,
	"device_id" text NOT NULL,
	"user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_signatures" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"network_id" uuid,
	"title" text NOT NULL,
	"description" text,
	"place" text NOT NULL,
	"half_days" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "trainings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "training_people" ADD CONSTRAINT "training_people_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_people" ADD CONSTRAINT "training_people_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_people" ADD CONSTRAINT "training_people_member_org_id_organisations_id_fk" FOREIGN KEY ("member_org_id") REFERENCES "public"."organisations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_signatures" ADD CONSTRAINT "training_signatures_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_signatures" ADD CONSTRAINT "training_signatures_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_signatures" ADD CONSTRAINT "training_signatures_person_id_training_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."training_people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_network_id_networks_id_fk" FOREIGN KEY ("network_id") REFERENCES "public"."networks"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_people_training_idx" ON "training_people" USING btree ("org_id","training_id");--> statement-breakpoint
CREATE INDEX "training_signatures_training_idx" ON "training_signatures" USING btree ("org_id","training_id");--> statement-breakpoint
CREATE INDEX "training_signatures_person_idx" ON "training_signatures" USING btree ("person_id","half_day");--> statement-breakpoint
CREATE INDEX "trainings_org_idx" ON "trainings" USING btree ("org_id");--> statement-breakpoint
CREATE POLICY "training_people_tenant_isolation" ON "training_people" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "training_signatures_tenant_isolation" ON "training_signatures" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "trainings_tenant_isolation" ON "trainings" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());