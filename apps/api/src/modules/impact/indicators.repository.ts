// The only place with queries for indicators: one aggregate per figure over the sessions in scope.
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { pgArray, type Scope, scopeCte } from './indicators.scope';

export type { Scope };

export type SessionCountRow = {
  kind: string;
  status: string;
  month: string;
  past: boolean;
  n: number;
};

export function sessionCounts(tx: Executor, scope: Scope) {
  return rowsOf<SessionCountRow>(
    tx,
    sql`with ${scopeCte(scope)}
      select kind, status, month, starts_at <= now() as past, count(*)::int as n
      from scope group by 1, 2, 3, 4`,
  );
}

export type ListedRow = {
  age_band: string | null;
  commune: string | null;
  /** Participants present at least once. */
  people: number;
  /** Participants with at least one mark (present or not). */
  marked_people: number;
  present: number;
  marks: number;
  hours: number;
};

/** Listed participants, grouped by what decides their public: age band and home commune. */
export function listedBeneficiaries(tx: Executor, scope: Scope) {
  return rowsOf<ListedRow>(
    tx,
    sql`with ${scopeCte(scope)},
      per_participant as (
        select m.participant_id,
          count(*) filter (where m.status = 'present') as present,
          count(*) as marks,
          coalesce(sum(h.hours) filter (where m.status = 'present'), 0) as hours
        from attendance_marks m join held h on h.id = m.session_id
        group by m.participant_id
      )
      select p.age_band, coalesce(p.commune_code, g.commune_code) as commune,
        (count(*) filter (where pp.present > 0))::int as people,
        count(*)::int as marked_people,
        sum(pp.present)::int as present, sum(pp.marks)::int as marks,
        sum(pp.hours)::float8 as hours
      from per_participant pp
        join participants p on p.id = pp.participant_id
        left join groups g on g.id = p.group_id
      group by 1, 2`,
  );
}

export type CountedRow = {
  is_concert: boolean;
  is_online: boolean;
  age_band: string | null;
  commune: string | null;
  people: number;
  hours: number;
};

/** People counted by head, with the group's age band and commune, else the venue's commune. */
export function countedBeneficiaries(tx: Executor, scope: Scope) {
  return rowsOf<CountedRow>(
    tx,
    sql`with ${scopeCte(scope)}
      select h.kind = 'concert' as is_concert, h.kind = 'online' as is_online, g.age_band,
        coalesce(g.commune_code, h.commune_code) as commune,
        sum(c.count)::int as people, sum(c.count * h.hours)::float8 as hours
      from session_headcounts c join held h on h.id = c.session_id
        left join groups g on g.id = c.group_id
      group by 1, 2, 3, 4`,
  );
}

export type ConcertRow = {
  concerts: number;
  present: number;
  online: number;
  online_present: number;
};

/**
 * Held concerts and online sessions, and the listed participants present at each kind (the head
 * counts come with the counted rows).
 */
export async function concertPresence(tx: Executor, scope: Scope) {
  const [row] = await rowsOf<ConcertRow>(
    tx,
    sql`with ${scopeCte(scope)},
      present as (
        select h.kind, count(*)::int as n from attendance_marks m join held h on h.id = m.session_id
        where h.kind in ('concert', 'online') and m.status = 'present' group by h.kind
      )
      select (select count(*)::int from held where kind = 'concert') as concerts,
        coalesce((select n from present where kind = 'concert'), 0) as present,
        (select count(*)::int from held where kind = 'online') as online,
        coalesce((select n from present where kind = 'online'), 0) as online_present`,
  );
  return row ?? { concerts: 0, present: 0, online: 0, online_present: 0 };
}

export type CommuneRow = { code: string; name: string | null; sessions: number };

export function communesReached(tx: Executor, scope: Scope) {
  return rowsOf<CommuneRow>(
    tx,
    sql`with ${scopeCte(scope)}
      select commune_code as code, max(commune_name) as name, count(*)::int as sessions
      from held where commune_code is not null group by 1 order by 1`,
  );
}

/** Listed beneficiaries with recorded access needs: only inside a sensitive transaction. */
export async function beneficiariesWithAccessNeeds(tx: Executor, scope: Scope) {
  const [row] = await rowsOf<{ n: number }>(
    tx,
    sql`with ${scopeCte(scope)},
      present as (
        select distinct m.participant_id from attendance_marks m join held h on h.id = m.session_id
        where m.status = 'present'
      )
      select count(*)::int as n from participant_access_needs a
        join present p on p.participant_id = a.participant_id`,
  );
  return row?.n ?? 0;
}

/** The organisation's impact data version: raised by triggers on every change figures depend on. */
export async function organisationDataVersion(tx: Executor, orgId: string) {
  const [row] = await rowsOf<{ version: string | number }>(
    tx,
    sql`select version from impact_data_versions where org_id = ${orgId}`,
  );
  return Number(row?.version ?? 0);
}

/** Aggregates over a year of marks: enough memory to hash rather than sort on disk. */
export async function allowLargeAggregates(tx: Executor) {
  await tx.execute(sql`set local work_mem = '64MB'`);
}

export async function existingProjectIds(tx: Executor, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const rows = await rowsOf<{ id: string }>(
    tx,
    sql`select id from projects where id = any(${pgArray(ids)}::uuid[])`,
  );
  return new Set(rows.map((r) => r.id));
}

export async function heldConcertIds(tx: Executor, scope: Scope) {
  const rows = await rowsOf<{ id: string }>(
    tx,
    sql`with ${scopeCte(scope)} select id from held where kind = 'concert'`,
  );
  return rows.map((r) => r.id);
}

/** The scope's concerts not cancelled, held (started) or to come. */
export function concertsInScope(tx: Executor, scope: Scope) {
  return rowsOf<{ id: string; held: boolean }>(
    tx,
    sql`with ${scopeCte(scope)}
      select id, starts_at <= now() as held from scope
      where kind = 'concert' and status <> 'cancelled'`,
  );
}

export async function heldSessionIds(tx: Executor, scope: Scope) {
  const rows = await rowsOf<{ id: string }>(tx, sql`with ${scopeCte(scope)} select id from held`);
  return rows.map((r) => r.id);
}

export type ContinuationRow = {
  commune: string | null;
  /** Listed participants present at least once. */
  people: number;
  /** A "joined" or "started" at the 3- or 6-month check-in. */
  continued: number;
  /** "Not practising" at 6 months, with no yes before. */
  stopped: number;
};

/** The continuation outcome of the scope's participants, by home commune (see the schema). */
export function continuationOutcomes(tx: Executor, scope: Scope) {
  return rowsOf<ContinuationRow>(
    tx,
    sql`with ${scopeCte(scope)},
      present as (
        select distinct m.participant_id from attendance_marks m join held h on h.id = m.session_id
        where m.status = 'present'
      ),
      outcome as (
        select h.participant_id,
          bool_or(f.kind in ('month_3', 'month_6') and f.answer in ('joined', 'started')) as yes,
          bool_or(f.kind = 'month_6' and f.answer = 'not_practising') as no_at_6
        from directory_handovers h join directory_follow_ups f on f.handover_id = h.id
        where f.answer is not null
        group by h.participant_id
      )
      select coalesce(p.commune_code, g.commune_code) as commune, count(*)::int as people,
        (count(*) filter (where o.yes))::int as continued,
        (count(*) filter (where not coalesce(o.yes, false) and coalesce(o.no_at_6, false)))::int as stopped
      from present pr join participants p on p.id = pr.participant_id
        left join groups g on g.id = p.group_id
        left join outcome o on o.participant_id = pr.participant_id
      group by 1`,
  );
}
