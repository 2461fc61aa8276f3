CREATE TABLE "person_rights_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"participant_id" uuid,
	"kind" text NOT NULL,
	"received_on" date NOT NULL,
	"received_by" uuid,
	"due_on" date NOT NULL,
	"answered_on" date,
	"outcome" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "person_rights_requests" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "person_rights_requests" ADD CONSTRAINT "person_rights_requests_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_rights_requests" ADD CONSTRAINT "person_rights_requests_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_rights_requests" ADD CONSTRAINT "person_rights_requests_received_by_users_id_fk" FOREIGN KEY ("received_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "person_rights_requests_org_due_idx" ON "person_rights_requests" USING btree ("org_id","due_on");--> statement-breakpoint
CREATE INDEX "person_rights_requests_participant_idx" ON "person_rights_requests" USING btree ("participant_id") WHERE participant_id is not null;--> statement-breakpoint
CREATE POLICY "person_rights_requests_tenant_isolation" ON "person_rights_requests" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());