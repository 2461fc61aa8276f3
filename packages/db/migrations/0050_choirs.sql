CREATE TABLE "choir_attendance_marks" (
	"op_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"rehearsal_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"device_id" text NOT NULL,
	"user_id" uuid,
	"recorded_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_attendance_marks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_rehearsal_series" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"season_id" uuid NOT NULL,
	"site_id" uuid,
	"rule" text NOT NULL,
	"start_time" time NOT NULL,
	"duration_min" smallint NOT NULL,
	"first_on" date NOT NULL,
	"until_on" date NOT NULL,
	"except_on" date[] DEFAULT '{}' NOT NULL,
	"time_zone" text DEFAULT 'Europe/Paris' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_rehearsal_series" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_rehearsals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"season_id" uuid NOT NULL,
	"series_id" uuid,
	"site_id" uuid,
	"kind" text DEFAULT 'rehearsal' NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"session_id" uuid,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "choir_rehearsals" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_rsvps" (
	"org_id" uuid NOT NULL,
	"rehearsal_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"answer" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "choir_rsvps_rehearsal_id_member_id_pk" PRIMARY KEY("rehearsal_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "choir_rsvps" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_divisi" (
	"org_id" uuid NOT NULL,
	"piece_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	CONSTRAINT "choir_divisi_piece_id_member_id_pk" PRIMARY KEY("piece_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "choir_divisi" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_learning" (
	"org_id" uuid NOT NULL,
	"piece_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"status" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "choir_learning_piece_id_member_id_pk" PRIMARY KEY("piece_id","member_id")
);
--> statement-breakpoint
ALTER TABLE "choir_learning" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_pieces" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"season_id" uuid NOT NULL,
	"title" text NOT NULL,
	"composer" text,
	"edition" text,
	"rights" text NOT NULL,
	"score_file_id" uuid,
	"lyrics" text,
	"position" smallint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_pieces" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_recordings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"piece_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"file_id" uuid NOT NULL,
	"singer_note" text,
	"review" text DEFAULT 'pending' NOT NULL,
	"comment" text,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_recordings" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_tracks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"piece_id" uuid NOT NULL,
	"part_id" uuid,
	"mix" text NOT NULL,
	"file_id" uuid NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_tracks" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"choir_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"site_id" uuid NOT NULL,
	"part_id" uuid NOT NULL,
	"user_id" uuid,
	"guest_season_id" uuid,
	"contact_by" text DEFAULT 'none' NOT NULL,
	"contact_email" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_members" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_parts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"choir_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"position" smallint NOT NULL,
	"min_singers" smallint DEFAULT 0 NOT NULL,
	"leader_member_id" uuid
);
--> statement-breakpoint
ALTER TABLE "choir_parts" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_seasons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"choir_id" uuid NOT NULL,
	"name" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"project_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_seasons" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choir_sites" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"choir_id" uuid NOT NULL,
	"name" text NOT NULL,
	"venue_id" uuid,
	"group_id" uuid NOT NULL,
	"position" smallint NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choir_sites" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "choirs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "choirs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "choir_attendance_marks" ADD CONSTRAINT "choir_attendance_marks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_attendance_marks" ADD CONSTRAINT "choir_attendance_marks_rehearsal_id_choir_rehearsals_id_fk" FOREIGN KEY ("rehearsal_id") REFERENCES "public"."choir_rehearsals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_attendance_marks" ADD CONSTRAINT "choir_attendance_marks_member_id_choir_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."choir_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsal_series" ADD CONSTRAINT "choir_rehearsal_series_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsal_series" ADD CONSTRAINT "choir_rehearsal_series_season_id_choir_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."choir_seasons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsal_series" ADD CONSTRAINT "choir_rehearsal_series_site_id_choir_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."choir_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsals" ADD CONSTRAINT "choir_rehearsals_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsals" ADD CONSTRAINT "choir_rehearsals_season_id_choir_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."choir_seasons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsals" ADD CONSTRAINT "choir_rehearsals_series_id_choir_rehearsal_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."choir_rehearsal_series"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsals" ADD CONSTRAINT "choir_rehearsals_site_id_choir_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."choir_sites"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rehearsals" ADD CONSTRAINT "choir_rehearsals_session_id_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rsvps" ADD CONSTRAINT "choir_rsvps_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rsvps" ADD CONSTRAINT "choir_rsvps_rehearsal_id_choir_rehearsals_id_fk" FOREIGN KEY ("rehearsal_id") REFERENCES "public"."choir_rehearsals"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_rsvps" ADD CONSTRAINT "choir_rsvps_member_id_choir_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."choir_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_divisi" ADD CONSTRAINT "choir_divisi_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_divisi" ADD CONSTRAINT "choir_divisi_piece_id_choir_pieces_id_fk" FOREIGN KEY ("piece_id") REFERENCES "public"."choir_pieces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_divisi" ADD CONSTRAINT "choir_divisi_member_id_choir_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."choir_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_divisi" ADD CONSTRAINT "choir_divisi_part_id_choir_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."choir_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_learning" ADD CONSTRAINT "choir_learning_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_learning" ADD CONSTRAINT "choir_learning_piece_id_choir_pieces_id_fk" FOREIGN KEY ("piece_id") REFERENCES "public"."choir_pieces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_learning" ADD CONSTRAINT "choir_learning_member_id_choir_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."choir_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_pieces" ADD CONSTRAINT "choir_pieces_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_pieces" ADD CONSTRAINT "choir_pieces_season_id_choir_seasons_id_fk" FOREIGN KEY ("season_id") REFERENCES "public"."choir_seasons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_pieces" ADD CONSTRAINT "choir_pieces_score_file_id_files_id_fk" FOREIGN KEY ("score_file_id") REFERENCES "public"."files"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_recordings" ADD CONSTRAINT "choir_recordings_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_recordings" ADD CONSTRAINT "choir_recordings_piece_id_choir_pieces_id_fk" FOREIGN KEY ("piece_id") REFERENCES "public"."choir_pieces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_recordings" ADD CONSTRAINT "choir_recordings_member_id_choir_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."choir_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_recordings" ADD CONSTRAINT "choir_recordings_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_tracks" ADD CONSTRAINT "choir_tracks_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_tracks" ADD CONSTRAINT "choir_tracks_piece_id_choir_pieces_id_fk" FOREIGN KEY ("piece_id") REFERENCES "public"."choir_pieces"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_tracks" ADD CONSTRAINT "choir_tracks_part_id_choir_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."choir_parts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_tracks" ADD CONSTRAINT "choir_tracks_file_id_files_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_members" ADD CONSTRAINT "choir_members_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_members" ADD CONSTRAINT "choir_members_choir_id_choirs_id_fk" FOREIGN KEY ("choir_id") REFERENCES "public"."choirs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_members" ADD CONSTRAINT "choir_members_participant_id_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_members" ADD CONSTRAINT "choir_members_site_id_choir_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."choir_sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_members" ADD CONSTRAINT "choir_members_part_id_choir_parts_id_fk" FOREIGN KEY ("part_id") REFERENCES "public"."choir_parts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_members" ADD CONSTRAINT "choir_members_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_members" ADD CONSTRAINT "choir_members_guest_season_id_choir_seasons_id_fk" FOREIGN KEY ("guest_season_id") REFERENCES "public"."choir_seasons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_parts" ADD CONSTRAINT "choir_parts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_parts" ADD CONSTRAINT "choir_parts_choir_id_choirs_id_fk" FOREIGN KEY ("choir_id") REFERENCES "public"."choirs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_seasons" ADD CONSTRAINT "choir_seasons_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_seasons" ADD CONSTRAINT "choir_seasons_choir_id_choirs_id_fk" FOREIGN KEY ("choir_id") REFERENCES "public"."choirs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_seasons" ADD CONSTRAINT "choir_seasons_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_sites" ADD CONSTRAINT "choir_sites_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_sites" ADD CONSTRAINT "choir_sites_choir_id_choirs_id_fk" FOREIGN KEY ("choir_id") REFERENCES "public"."choirs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_sites" ADD CONSTRAINT "choir_sites_venue_id_venues_id_fk" FOREIGN KEY ("venue_id") REFERENCES "public"."venues"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choir_sites" ADD CONSTRAINT "choir_sites_group_id_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."groups"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "choirs" ADD CONSTRAINT "choirs_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "choir_attendance_marks_org_idx" ON "choir_attendance_marks" USING btree ("org_id","rehearsal_id");--> statement-breakpoint
CREATE INDEX "choir_attendance_marks_member_idx" ON "choir_attendance_marks" USING btree ("member_id","rehearsal_id");--> statement-breakpoint
CREATE INDEX "choir_rehearsal_series_org_idx" ON "choir_rehearsal_series" USING btree ("org_id","season_id");--> statement-breakpoint
CREATE INDEX "choir_rehearsals_org_idx" ON "choir_rehearsals" USING btree ("org_id","season_id","starts_at");--> statement-breakpoint
CREATE INDEX "choir_rehearsals_season_idx" ON "choir_rehearsals" USING btree ("season_id","starts_at");--> statement-breakpoint
CREATE INDEX "choir_rsvps_org_idx" ON "choir_rsvps" USING btree ("org_id","rehearsal_id");--> statement-breakpoint
CREATE INDEX "choir_rsvps_member_idx" ON "choir_rsvps" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "choir_divisi_org_idx" ON "choir_divisi" USING btree ("org_id","piece_id");--> statement-breakpoint
CREATE INDEX "choir_divisi_member_idx" ON "choir_divisi" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "choir_learning_org_idx" ON "choir_learning" USING btree ("org_id","piece_id");--> statement-breakpoint
CREATE INDEX "choir_learning_member_idx" ON "choir_learning" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "choir_pieces_org_idx" ON "choir_pieces" USING btree ("org_id","season_id","position");--> statement-breakpoint
CREATE INDEX "choir_recordings_org_idx" ON "choir_recordings" USING btree ("org_id","piece_id");--> statement-breakpoint
CREATE INDEX "choir_recordings_member_idx" ON "choir_recordings" USING btree ("member_id");--> statement-breakpoint
CREATE INDEX "choir_tracks_org_idx" ON "choir_tracks" USING btree ("org_id","piece_id");--> statement-breakpoint
CREATE INDEX "choir_members_org_idx" ON "choir_members" USING btree ("org_id","choir_id");--> statement-breakpoint
CREATE UNIQUE INDEX "choir_members_participant_unique" ON "choir_members" USING btree ("choir_id","participant_id");--> statement-breakpoint
CREATE INDEX "choir_members_participant_idx" ON "choir_members" USING btree ("participant_id");--> statement-breakpoint
CREATE INDEX "choir_members_user_idx" ON "choir_members" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "choir_parts_org_idx" ON "choir_parts" USING btree ("org_id","choir_id");--> statement-breakpoint
CREATE UNIQUE INDEX "choir_parts_code_unique" ON "choir_parts" USING btree ("choir_id","code");--> statement-breakpoint
CREATE INDEX "choir_seasons_org_idx" ON "choir_seasons" USING btree ("org_id","choir_id");--> statement-breakpoint
CREATE INDEX "choir_sites_org_idx" ON "choir_sites" USING btree ("org_id","choir_id");--> statement-breakpoint
CREATE INDEX "choir_sites_choir_idx" ON "choir_sites" USING btree ("choir_id","position");--> statement-breakpoint
CREATE INDEX "choirs_org_idx" ON "choirs" USING btree ("org_id","name");--> statement-breakpoint
CREATE POLICY "choir_attendance_marks_tenant_isolation" ON "choir_attendance_marks" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_rehearsal_series_tenant_isolation" ON "choir_rehearsal_series" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_rehearsals_tenant_isolation" ON "choir_rehearsals" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_rsvps_tenant_isolation" ON "choir_rsvps" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_divisi_tenant_isolation" ON "choir_divisi" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_learning_tenant_isolation" ON "choir_learning" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_pieces_tenant_isolation" ON "choir_pieces" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_recordings_tenant_isolation" ON "choir_recordings" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_tracks_tenant_isolation" ON "choir_tracks" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_members_tenant_isolation" ON "choir_members" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_parts_tenant_isolation" ON "choir_parts" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_seasons_tenant_isolation" ON "choir_seasons" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choir_sites_tenant_isolation" ON "choir_sites" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "choirs_tenant_isolation" ON "choirs" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());