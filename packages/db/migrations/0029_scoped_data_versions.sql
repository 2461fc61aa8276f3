CREATE TABLE "artist_day_versions" (
	"org_id" uuid NOT NULL,
	"artist_id" uuid NOT NULL,
	"day" date NOT NULL,
	"table_name" text NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "artist_day_versions_org_id_artist_id_day_table_name_pk" PRIMARY KEY("org_id","artist_id","day","table_name")
);
--> statement-breakpoint
ALTER TABLE "artist_day_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "table_data_versions" (
	"org_id" uuid NOT NULL,
	"table_name" text NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "table_data_versions_org_id_table_name_pk" PRIMARY KEY("org_id","table_name")
);
--> statement-breakpoint
ALTER TABLE "table_data_versions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "artist_day_versions" ADD CONSTRAINT "artist_day_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "table_data_versions" ADD CONSTRAINT "table_data_versions_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "artist_day_versions_tenant_isolation" ON "artist_day_versions" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
CREATE POLICY "table_data_versions_tenant_isolation" ON "table_data_versions" AS PERMISSIVE FOR ALL TO "tutti_app" USING (org_id = tutti_org_id()) WITH CHECK (org_id = tutti_org_id());--> statement-breakpoint
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON "table_data_versions", "artist_day_versions" FROM tutti_app;
--> statement-breakpoint
-- At commit, besides the organisation's (and impact) data version: the version of the table
-- changed, and for a row of a session (TG_ARGV[2] names its session column: `id` for sessions,
-- `session_id` for the tables referencing them) the table's version for each artist of the
-- session on the UTC day it starts, before and after the change. An artist taken off a session
-- raises that artist's every day (`-infinity`) under `sessions`. Installed on every tenant table by
-- installDataVersionTriggers (packages/db/src/data-version-triggers.ts), never by hand.
CREATE OR REPLACE FUNCTION public.tutti_note_data_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER
  AS $$
DECLARE
  org uuid;
  raised text := coalesce(current_setting('tutti.versions_raised', true), '');
  impact boolean := TG_ARGV[1] = 'impact';
  session_column text := coalesce(TG_ARGV[2], '');
  table_note text;
  old_row jsonb;
  new_row jsonb;
  sid uuid;
  days date[];
  one_artist uuid;
  one_day date;
  note text;
BEGIN
  IF TG_ARGV[0] = 'id' THEN
    IF TG_OP = 'DELETE' THEN org := OLD.id; ELSE org := NEW.id; END IF;
  ELSIF TG_OP = 'DELETE' THEN
    org := OLD.org_id;
  ELSE
    org := NEW.org_id;
  END IF;
  table_note := org::text || '/t/' || TG_TABLE_NAME || ' ';
  -- Most rows of a transaction find their counters already raised: nothing more to do.
  IF session_column = '' AND position(table_note IN raised) > 0
    AND position(org::text || '/all' IN raised) > 0
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
  IF position(table_note IN raised) = 0 THEN
    INSERT INTO public.table_data_versions AS v (org_id, table_name) VALUES (org, TG_TABLE_NAME)
      ON CONFLICT (org_id, table_name) DO UPDATE SET version = v.version + 1;
    raised := raised || table_note;
  END IF;
  IF session_column <> '' THEN
    IF TG_OP <> 'INSERT' THEN old_row := to_jsonb(OLD); END IF;
    IF TG_OP <> 'DELETE' THEN new_row := to_jsonb(NEW); END IF;
    FOR sid IN
      SELECT DISTINCT x FROM unnest(ARRAY[(old_row ->> session_column)::uuid,
                                          (new_row ->> session_column)::uuid]) AS x
       WHERE x IS NOT NULL
    LOOP
      -- Every row of a session leads to the same artists and day, as they are at commit; a row
      -- of the session itself adds the day it started on before the change.
      CONTINUE WHEN TG_TABLE_NAME <> 'sessions'
        AND position('s/' || sid::text || '/' || TG_TABLE_NAME || ' ' IN raised) > 0;
      -- The days the session starts on, as it is now (deferred: every statement has run) and,
      -- for a change of the session itself, as it was.
      days := ARRAY(SELECT DISTINCT d FROM unnest(ARRAY[
        (SELECT (s.starts_at AT TIME ZONE 'UTC')::date FROM public.sessions s WHERE s.id = sid),
        CASE WHEN TG_TABLE_NAME = 'sessions' THEN ((old_row ->> 'starts_at')::timestamptz AT TIME ZONE 'UTC')::date END,
        CASE WHEN TG_TABLE_NAME = 'sessions' THEN ((new_row ->> 'starts_at')::timestamptz AT TIME ZONE 'UTC')::date END
      ]) AS d WHERE d IS NOT NULL);
      FOR one_artist IN
        SELECT sa.artist_id FROM public.session_artists sa WHERE sa.session_id = sid
      LOOP
        FOREACH one_day IN ARRAY days LOOP
          note := one_artist::text || '/' || one_day::text || '/' || TG_TABLE_NAME || ' ';
          CONTINUE WHEN position(note IN raised) > 0;
          INSERT INTO public.artist_day_versions AS v (org_id, artist_id, day, table_name)
            VALUES (org, one_artist, one_day, TG_TABLE_NAME)
            ON CONFLICT (org_id, artist_id, day, table_name) DO UPDATE SET version = v.version + 1;
          -- Bounded: past it, a large transaction raises some counters more than once.
          IF length(raised) < 16000 THEN raised := raised || note; END IF;
        END LOOP;
      END LOOP;
      IF length(raised) < 16000 THEN
        raised := raised || 's/' || sid::text || '/' || TG_TABLE_NAME || ' ';
      END IF;
    END LOOP;
    IF TG_TABLE_NAME = 'session_artists' AND TG_OP <> 'INSERT' THEN
      one_artist := (old_row ->> 'artist_id')::uuid;
      note := one_artist::text || '/-infinity/sessions ';
      IF position(note IN raised) = 0 THEN
        INSERT INTO public.artist_day_versions AS v (org_id, artist_id, day, table_name)
          VALUES (org, one_artist, '-infinity', 'sessions')
          ON CONFLICT (org_id, artist_id, day, table_name) DO UPDATE SET version = v.version + 1;
        raised := raised || note;
      END IF;
    END IF;
  END IF;
  PERFORM set_config('tutti.versions_raised', raised, true);
  RETURN NULL;
END
$$;
