CREATE TABLE "org_data_versions" (
	"org_id" uuid PRIMARY KEY NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "org_data_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "org_data_versions" ADD CONSTRAINT "org_data_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "org_data_versions_tenant_isolation" ON "org_data_versions" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
-- The counters are the triggers' business: tenants may read their own, never write them.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "org_data_versions", "impact_data_versions" FROM tutti_app;
--> statement-breakpoint
-- Raises the organisation's data version (and its impact data version, for tables impact figures
-- are made of) once per transaction, when it commits: the triggers below are deferred, so
-- concurrent writers hold a counter's row lock only while committing, not for the rest of their
-- transaction. Security definer, to write the counters under any row-level security. No SET
-- clause: it would undo the transaction-local note of what was raised; names are qualified.
CREATE OR REPLACE FUNCTION public.tutti_note_data_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  AS $$
DECLARE
  org uuid;
  raised text := coalesce(current_setting('tutti.versions_raised', true), '');
  impact boolean := TG_ARGV[1] = 'impact';
BEGIN
  IF TG_ARGV[0] = 'id' THEN
    IF TG_OP = 'DELETE' THEN org := OLD.id; ELSE org := NEW.id; END IF;
  ELSIF TG_OP = 'DELETE' THEN
    org := OLD.org_id;
  ELSE
    org := NEW.org_id;
  END IF;
  -- Most rows of a transaction find their counters already raised: nothing more to do.
  IF position(org::text || '/all' IN raised) > 0
    AND (NOT impact OR position(org::text || '/impact' IN raised) > 0) THEN
    RETURN NULL;
  END IF;
  IF NOT EXISTS (SELECT 1 FROM public.organisations WHERE id = org) THEN
    -- An organisation being deleted takes its counters with it.
    RETURN NULL;
  END IF;
  IF position(org::text || '/all' IN raised) = 0 THEN
    INSERT INTO public.org_data_versions AS v (org_id) VALUES (org)
      ON CONFLICT (org_id) DO UPDATE SET version = v.version + 1, changed_at = now();
    raised := raised || org::text || '/all ';
  END IF;
  IF impact AND position(org::text || '/impact' IN raised) = 0 THEN
    INSERT INTO public.impact_data_versions AS v (org_id) VALUES (org)
      ON CONFLICT (org_id) DO UPDATE SET version = v.version + 1, changed_at = now();
    raised := raised || org::text || '/impact ';
  END IF;
  PERFORM set_config('tutti.versions_raised', raised, true);
  RETURN NULL;
END
$$;
--> statement-breakpoint
-- The impact counter's statement triggers (migration 0011) raised it at once, holding its row
-- lock until the end of the transaction; the deferred triggers replace them.
DO $$
DECLARE
  t record;
BEGIN
  FOR t IN
    SELECT tgname, tgrelid::regclass AS tbl FROM pg_trigger WHERE tgname LIKE '%\_impact\_version\_%'
  LOOP
    EXECUTE format('DROP TRIGGER %I ON %s', t.tgname, t.tbl);
  END LOOP;
END
$$;
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.tutti_bump_impact_data_version();
--> statement-breakpoint
-- Every table holding an organisation's rows, and the organisation itself; a test checks that
-- tables added later have the trigger too.
DO $$
DECLARE
  t record;
  impact_tables text[] := ARRAY['sessions', 'session_groups', 'session_artists',
    'attendance_marks', 'session_headcounts', 'participants', 'participant_access_needs',
    'groups', 'venues', 'artists', 'projects', 'carbon_settings', 'carbon_project_settings',
    'carbon_session_settings'];
BEGIN
  FOR t IN
    SELECT c.table_name, c.column_name FROM information_schema.columns c
    JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
    WHERE c.table_schema = 'public' AND tb.table_type = 'BASE TABLE'
      AND ((c.column_name = 'org_id' AND c.table_name NOT IN ('org_data_versions', 'impact_data_versions'))
        OR (c.table_name = 'organisations' AND c.column_name = 'id'))
  LOOP
    EXECUTE format(
      'CREATE CONSTRAINT TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON public.%I '
      'DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION public.tutti_note_data_change(%L, %L)',
      t.table_name || '_data_version', t.table_name, t.column_name,
      CASE WHEN t.table_name = ANY (impact_tables) THEN 'impact' ELSE 'all' END);
  END LOOP;
END
$$;
--> statement-breakpoint
INSERT INTO "org_data_versions" ("org_id") SELECT "id" FROM "organisations" ON CONFLICT DO NOTHING;
