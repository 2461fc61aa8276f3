-- Substring search on participant names stays fast at tens of thousands of participants per
-- organisation: a trigram index on search_name. pg_trgm ships with PostgreSQL (trusted since 13);
-- where it cannot be created (the embedded PGlite without the extension loaded) the search
-- still works, by scanning, and this migration changes nothing.
DO $$
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
EXCEPTION
  WHEN OTHERS THEN RAISE NOTICE 'pg_trgm unavailable: participant search runs without a trigram index';
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm') THEN
    EXECUTE 'CREATE INDEX IF NOT EXISTS participants_search_trgm_idx ON participants USING gin (search_name gin_trgm_ops)';
  END IF;
END
$$;
