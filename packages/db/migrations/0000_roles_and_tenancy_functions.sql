-- The application role under which every tenant transaction runs: not a superuser, not the
-- owner of the tables, so row-level security always applies to it.
DO $$
BEGIN
  CREATE ROLE tutti_app NOLOGIN NOSUPERUSER NOBYPASSRLS;
EXCEPTION
  WHEN duplicate_object OR unique_violation THEN NULL;
END
$$;
--> statement-breakpoint
-- The migrating user switches to the application role with SET LOCAL ROLE.
DO $$
BEGIN
  EXECUTE format('GRANT tutti_app TO %I', current_user);
EXCEPTION
  WHEN duplicate_object OR unique_violation OR invalid_grant_operation THEN NULL;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tutti_org_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('tutti.org_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION tutti_user_id() RETURNS uuid
  LANGUAGE sql STABLE
  AS $$ SELECT nullif(current_setting('tutti.user_id', true), '')::uuid $$;
--> statement-breakpoint
GRANT USAGE ON SCHEMA public TO tutti_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tutti_app;
--> statement-breakpoint
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tutti_app;
