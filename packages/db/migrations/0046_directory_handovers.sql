CREATE TABLE "directory_follow_ups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"handover_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"sent_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"answer" text,
	"answered_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "directory_follow_ups" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "directory_handovers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"ensemble_id" uuid NOT NULL,
	"introduced_by" uuid,
	"consent_id" uuid,
	"part" text,
	"sang" text NOT NULL,
	"message" text,
	"contact_email" text,
	"follow_up" boolean DEFAULT false NOT NULL,
	"status" text DEFAULT 'awaiting' NOT NULL,
	"answer_due_at" timestamp with time zone NOT NULL,
	"token_hash" text NOT NULL,
	"reminders_sent" smallint DEFAULT 0 NOT NULL,
	"escalated_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"trial_date" date,
	"answer_note" text,
	"message_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "directory_handovers" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "directory_follow_ups" ADD CONSTRAINT "directory_follow_ups_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_follow_ups" ADD CONSTRAINT "directory_follow_ups_handover_id_directory_handovers_id_fk" FOREIGN KEY ("handover_id") REFERENCES "public"."directory_handovers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_handovers" ADD CONSTRAINT "directory_handovers_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_handovers" ADD CONSTRAINT "directory_handovers_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_handovers" ADD CONSTRAINT "directory_handovers_ensemble_id_ensembles_id_fk" FOREIGN KEY ("ensemble_id") REFERENCES "public"."ensembles"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_handovers" ADD CONSTRAINT "directory_handovers_introduced_by_users_id_fk" FOREIGN KEY ("introduced_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "directory_handovers" ADD CONSTRAINT "directory_handovers_consent_id_participant_consents_id_fk" FOREIGN KEY ("consent_id") REFERENCES "public"."participant_consents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "directory_follow_ups_kind_unique" ON "directory_follow_ups" USING btree ("handover_id","kind");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_follow_ups_token_unique" ON "directory_follow_ups" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "directory_follow_ups_org_idx" ON "directory_follow_ups" USING btree ("org_id","handover_id");--> statement-breakpoint
CREATE UNIQUE INDEX "directory_handovers_token_unique" ON "directory_handovers" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "directory_handovers_org_idx" ON "directory_handovers" USING btree ("org_id","created_at");--> statement-breakpoint
CREATE INDEX "directory_handovers_participant_idx" ON "directory_handovers" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "directory_handovers_awaiting_idx" ON "directory_handovers" USING btree ("created_at") WHERE status = 'awaiting';--> statement-breakpoint
CREATE POLICY "directory_follow_ups_tenant_isolation" ON "directory_follow_ups" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "directory_handovers_tenant_isolation" ON "directory_handovers" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());