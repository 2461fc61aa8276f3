CREATE TABLE "choir_score_loans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"piece_id" uuid NOT NULL,
	"member_id" uuid,
	"copies" smallint NOT NULL,
	"lent_on" date NOT NULL,
	"returned_on" date,
	"note" text,
	"lent_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "choir_score_loans_copies_positive" CHECK ("choir_score_loans"."copies" > 0)
);
--> statement-breakpoint
ALTER TABLE "choir_score_loans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "choir_pieces" ADD COLUMN "score_copies" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "choir_score_loans" ADD CONSTRAINT "choir_score_loans_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_score_loans" ADD CONSTRAINT "choir_score_loans_piece_id_choir_pieces_id_fk" FOREIGN KEY ("piece_id") REFERENCES "public"."choir_pieces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_score_loans" ADD CONSTRAINT "choir_score_loans_member_id_choir_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."choir_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "choir_score_loans_org_idx" ON "choir_score_loans" USING btree ("org_id","piece_id");--> statement-breakpoint
CREATE INDEX "choir_score_loans_member_idx" ON "choir_score_loans" USING btree ("member_id");--> statement-breakpoint
CREATE POLICY "choir_score_loans_tenant_isolation" ON "choir_score_loans" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());