-- Applies a batch of attendance edits that passed the service's checks, in the order given (the
-- service sorts them so that concurrent batches lock rows in the same order), in one round trip.
-- Each edit is logged once by its operation id; it becomes the current mark or head count when it
-- wins over the current one by the rule of attendance.rules.ts (`winsOver`): the later device time,
-- then the greater device id, then the greater operation id. Returns each edit's outcome:
-- applied, superseded (logged, but another edit holds the value) or duplicate (already logged).
-- Security invoker: it runs under the caller's role, so row-level security applies as usual.
CREATE OR REPLACE FUNCTION public.tutti_apply_attendance_edits(edits jsonb)
  RETURNS TABLE (edit_op_id uuid, edit_outcome text)
  LANGUAGE plpgsql
  -- Plans made once per connection, not for every call's values: planning cost more than running.
  SET plan_cache_mode = force_generic_plan
  AS $$
#variable_conflict use_column
DECLARE
  e record;
  cur_op uuid;
  cur_at timestamptz;
  cur_device text;
  inserted boolean;
BEGIN
  FOR e IN
    SELECT x.* FROM jsonb_array_elements(edits) WITH ORDINALITY AS a(value, n),
      jsonb_to_record(a.value) AS x(op_id uuid, org_id uuid, device_id text, user_id uuid,
        session_id uuid, kind text, participant_id uuid, group_id uuid, status text,
        count integer, recorded_at timestamptz)
    ORDER BY a.n
  LOOP
    edit_op_id := e.op_id;
    cur_op := NULL;
    inserted := false;
    INSERT INTO public.attendance_operations AS o (op_id, org_id, device_id, user_id, session_id,
        kind, participant_id, group_id, status, count, recorded_at, outcome)
      VALUES (e.op_id, e.org_id, e.device_id, e.user_id, e.session_id, e.kind,
        e.participant_id, e.group_id, e.status, e.count, e.recorded_at, 'applied')
      ON CONFLICT (op_id) DO NOTHING;
    IF NOT FOUND THEN
      edit_outcome := 'duplicate';
      RETURN NEXT;
      CONTINUE;
    END IF;

    -- The current value, locked: concurrent edits of it are settled one after the other.
    IF e.kind = 'mark' THEN
      SELECT m.op_id, m.recorded_at, m.device_id INTO cur_op, cur_at, cur_device FROM public.attendance_marks m
        WHERE m.session_id = e.session_id AND m.participant_id = e.participant_id FOR UPDATE;
      IF NOT FOUND THEN
        INSERT INTO public.attendance_marks AS m (org_id, session_id, participant_id, status,
            recorded_at, recorded_by, device_id, op_id)
          VALUES (e.org_id, e.session_id, e.participant_id, e.status, e.recorded_at, e.user_id,
            e.device_id, e.op_id)
          ON CONFLICT DO NOTHING;
        inserted := FOUND;
        -- Two first edits at once: one inserts, the other finds the row and compares.
        IF NOT inserted THEN
          SELECT m.op_id, m.recorded_at, m.device_id INTO cur_op, cur_at, cur_device FROM public.attendance_marks m
            WHERE m.session_id = e.session_id AND m.participant_id = e.participant_id FOR UPDATE;
        END IF;
      END IF;
    ELSE
      SELECT h.op_id, h.recorded_at, h.device_id INTO cur_op, cur_at, cur_device FROM public.session_headcounts h
        WHERE h.session_id = e.session_id AND h.group_id IS NOT DISTINCT FROM e.group_id FOR UPDATE;
      IF NOT FOUND THEN
        INSERT INTO public.session_headcounts AS h (org_id, session_id, group_id, count,
            recorded_at, recorded_by, device_id, op_id)
          VALUES (e.org_id, e.session_id, e.group_id, e.count, e.recorded_at, e.user_id,
            e.device_id, e.op_id)
          ON CONFLICT DO NOTHING;
        inserted := FOUND;
        IF NOT inserted THEN
          SELECT h.op_id, h.recorded_at, h.device_id INTO cur_op, cur_at, cur_device FROM public.session_headcounts h
            WHERE h.session_id = e.session_id AND h.group_id IS NOT DISTINCT FROM e.group_id
            FOR UPDATE;
        END IF;
      END IF;
    END IF;

    IF inserted THEN
      -- The first value.
      edit_outcome := 'applied';
    ELSIF cur_op IS NULL THEN
      -- Removed meanwhile (its session or participant deleted): logged, nothing to hold.
      edit_outcome := 'superseded';
    ELSIF e.recorded_at > cur_at
      OR (e.recorded_at = cur_at AND (e.device_id COLLATE "C" > cur_device COLLATE "C"
        OR (e.device_id = cur_device AND e.op_id > cur_op))) THEN
      IF e.kind = 'mark' THEN
        UPDATE public.attendance_marks m SET status = e.status, recorded_at = e.recorded_at,
            recorded_by = e.user_id, device_id = e.device_id, op_id = e.op_id
          WHERE m.session_id = e.session_id AND m.participant_id = e.participant_id;
      ELSE
        UPDATE public.session_headcounts h SET count = e.count, recorded_at = e.recorded_at,
            recorded_by = e.user_id, device_id = e.device_id, op_id = e.op_id
          WHERE h.session_id = e.session_id AND h.group_id IS NOT DISTINCT FROM e.group_id;
      END IF;
      -- The log says which operation holds the current value, whatever the arrival order.
      UPDATE public.attendance_operations o SET outcome = 'superseded' WHERE o.op_id = cur_op;
      edit_outcome := 'applied';
    ELSE
      edit_outcome := 'superseded';
    END IF;
    -- Logged as applied, the usual case; corrected when it is not.
    IF edit_outcome = 'superseded' THEN
      UPDATE public.attendance_operations o SET outcome = 'superseded' WHERE o.op_id = e.op_id;
    END IF;
    RETURN NEXT;
  END LOOP;
END
$$;
--> statement-breakpoint
-- What a batch's checks need, in one call: its sessions (status, groups and whether they list
-- their members), those the user leads as an artist, its participants' groups, and its operation
-- ids already logged. A PL/pgSQL function keeps its query plans for the connection's life (generic
-- plans: planning for each call's values cost three times the run), where the same query sent
-- with parameters would be planned again on every write.
CREATE OR REPLACE FUNCTION public.tutti_attendance_facts(session_ids uuid[], participant_ids uuid[],
    op_ids uuid[], actor_user_id uuid)
  RETURNS json
  LANGUAGE plpgsql STABLE
  SET plan_cache_mode = force_generic_plan
  AS $$
BEGIN
  RETURN json_build_object(
    'sessions', (SELECT coalesce(json_agg(json_build_object('id', s.id, 'status', s.status,
        'groups', (SELECT coalesce(json_agg(json_build_array(sg.group_id, g.listed_individually)), '[]')
          FROM public.session_groups sg JOIN public.groups g ON g.id = sg.group_id
          WHERE sg.session_id = s.id))), '[]')
      FROM public.sessions s WHERE s.id = ANY (session_ids)),
    'led', (SELECT coalesce(json_agg(sa.session_id), '[]') FROM public.session_artists sa
      JOIN public.artists a ON a.id = sa.artist_id
      WHERE a.user_id = actor_user_id AND sa.session_id = ANY (session_ids)),
    'participants', (SELECT coalesce(json_agg(json_build_array(p.id, p.group_id)), '[]')
      FROM public.participants p WHERE p.id = ANY (participant_ids) AND p.anonymised_at IS NULL),
    'seen', (SELECT coalesce(json_agg(o.op_id), '[]') FROM public.attendance_operations o
      WHERE o.op_id = ANY (op_ids)));
END
$$;
