-- Under row-level security PostgreSQL may not use the trigram index for `search_name LIKE ...`
-- (LIKE is not leakproof, so it must be checked after the tenant filter): every search scanned all
-- of the organisation's participants. This function, run as the tables' owner, applies the tenant
-- filter itself — the current organisation of the transaction, never a parameter, so it cannot
-- reach another organisation's rows — and lets the index serve the pattern.
CREATE OR REPLACE FUNCTION public.tutti_participants_matching(pattern text)
  RETURNS SETOF uuid
  LANGUAGE sql STABLE SECURITY DEFINER
  SET search_path = public
  AS $$
    SELECT p.id FROM public.participants p
    WHERE p.org_id = public.tutti_org_id() AND p.search_name LIKE pattern
  $$;
