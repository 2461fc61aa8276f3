CREATE TABLE "impact_data_versions" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "impact_data_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "impact_data_versions" ADD CONSTRAINT "impact_data_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "impact_data_versions_tenant_isolation" ON "impact_data_versions" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());
--> statement-breakpoint
-- Raises the organisation's impact data version after any statement that changes rows impact
-- figures are made of. Security definer: the counter is written whatever the row-level security
-- of the table changed (access needs included); organisations being deleted are skipped.
CREATE OR REPLACE FUNCTION tutti_bump_impact_data_version() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public
  AS $$
BEGIN
  INSERT INTO impact_data_versions AS v (org_id, version, changed_at)
    SELECT DISTINCT c.org_id, 1, now() FROM changed_rows c JOIN organisations o ON o.id = c.org_id
  ON CONFLICT (org_id) DO UPDATE SET version = v.version + 1, changed_at = now();
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "sessions_impact_version_insert" AFTER INSERT ON "sessions" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "sessions_impact_version_update" AFTER UPDATE ON "sessions" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "sessions_impact_version_delete" AFTER DELETE ON "sessions" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_groups_impact_version_insert" AFTER INSERT ON "session_groups" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_groups_impact_version_update" AFTER UPDATE ON "session_groups" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_groups_impact_version_delete" AFTER DELETE ON "session_groups" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_artists_impact_version_insert" AFTER INSERT ON "session_artists" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_artists_impact_version_update" AFTER UPDATE ON "session_artists" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_artists_impact_version_delete" AFTER DELETE ON "session_artists" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "attendance_marks_impact_version_insert" AFTER INSERT ON "attendance_marks" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "attendance_marks_impact_version_update" AFTER UPDATE ON "attendance_marks" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "attendance_marks_impact_version_delete" AFTER DELETE ON "attendance_marks" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_headcounts_impact_version_insert" AFTER INSERT ON "session_headcounts" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_headcounts_impact_version_update" AFTER UPDATE ON "session_headcounts" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "session_headcounts_impact_version_delete" AFTER DELETE ON "session_headcounts" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "participants_impact_version_insert" AFTER INSERT ON "participants" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "participants_impact_version_update" AFTER UPDATE ON "participants" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "participants_impact_version_delete" AFTER DELETE ON "participants" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "participant_access_needs_impact_version_insert" AFTER INSERT ON "participant_access_needs" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "participant_access_needs_impact_version_update" AFTER UPDATE ON "participant_access_needs" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "participant_access_needs_impact_version_delete" AFTER DELETE ON "participant_access_needs" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "groups_impact_version_insert" AFTER INSERT ON "groups" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "groups_impact_version_update" AFTER UPDATE ON "groups" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "groups_impact_version_delete" AFTER DELETE ON "groups" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "venues_impact_version_insert" AFTER INSERT ON "venues" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "venues_impact_version_update" AFTER UPDATE ON "venues" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "venues_impact_version_delete" AFTER DELETE ON "venues" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "artists_impact_version_insert" AFTER INSERT ON "artists" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "artists_impact_version_update" AFTER UPDATE ON "artists" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "artists_impact_version_delete" AFTER DELETE ON "artists" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "projects_impact_version_insert" AFTER INSERT ON "projects" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "projects_impact_version_update" AFTER UPDATE ON "projects" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "projects_impact_version_delete" AFTER DELETE ON "projects" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_settings_impact_version_insert" AFTER INSERT ON "carbon_settings" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_settings_impact_version_update" AFTER UPDATE ON "carbon_settings" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_settings_impact_version_delete" AFTER DELETE ON "carbon_settings" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_project_settings_impact_version_insert" AFTER INSERT ON "carbon_project_settings" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_project_settings_impact_version_update" AFTER UPDATE ON "carbon_project_settings" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_project_settings_impact_version_delete" AFTER DELETE ON "carbon_project_settings" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_session_settings_impact_version_insert" AFTER INSERT ON "carbon_session_settings" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_session_settings_impact_version_update" AFTER UPDATE ON "carbon_session_settings" REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
--> statement-breakpoint
CREATE TRIGGER "carbon_session_settings_impact_version_delete" AFTER DELETE ON "carbon_session_settings" REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tutti_bump_impact_data_version();
