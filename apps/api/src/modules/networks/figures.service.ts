// The figures each member shares with its networks: computed by the impact module's own
// functions (so suppressed exactly as the Impact page is), stored per organisation, and read
// side by side by the network dashboard without computing anything.
import type {
  NetworkDashboard,
  NetworkFigure,
  NetworkMemberFigures,
  PeopleFigure,
} from '@tutti/contracts';
import { schema, type TuttiDatabase } from '@tutti/db';
import { inArray } from 'drizzle-orm';
import type { OrgActor } from '../../platform/auth/request-auth';
import { buildIndicators, loadIndicatorData, resolveFilters } from '../impact';
import { refreshLibraryUsage } from './library-usage';
import type { NetworkActor } from './network-access';
import * as repository from './networks.repository';

/** Acts for the organisation with a coordinator's reading rights: aggregates only. */
function figuresActor(database: TuttiDatabase, orgId: string): OrgActor {
  return {
    orgId,
    userId: '',
    role: 'coordinator',
    inTenant: (work, options) =>
      database.withTenant({ orgId, userId: null, sensitive: options?.sensitive ?? false }, work),
  };
}

const shown = (value: PeopleFigure | null | undefined) =>
  typeof value === 'number' ? value : null;
const hidden = (value: PeopleFigure | null | undefined) =>
  value !== null && value !== undefined && typeof value !== 'number';

/** Computes and stores one organisation's figures of the current school year, and its library usage. */
export async function refreshOrganisationFigures(database: TuttiDatabase, orgId: string) {
  const actor = figuresActor(database, orgId);
  const filters = resolveFilters({});
  const indicators = buildIndicators(
    await loadIndicatorData({ actor, database, filters, carbon: 'wait' }),
  );
  const communes = indicators.communes.list.flatMap((c) =>
    c.latitude === null || c.longitude === null
      ? []
      : [{ code: c.code, name: c.name, latitude: c.latitude, longitude: c.longitude }],
  );
  const perBeneficiary = indicators.carbon.perBeneficiaryKg;
  const values = {
    orgId,
    periodFrom: filters.from,
    periodTo: filters.to,
    beneficiaries: shown(indicators.beneficiaries.total),
    beneficiariesHidden: hidden(indicators.beneficiaries.total),
    sessions: indicators.sessions.held,
    hours: shown(indicators.practiceHours.total),
    hoursHidden: hidden(indicators.practiceHours.total),
    carbonPerBeneficiaryKg: shown(perBeneficiary),
    carbonHidden: hidden(perBeneficiary),
    continuationRate: shown(indicators.continuation.rate),
    continuationHidden: hidden(indicators.continuation.rate),
    communes,
    computedAt: new Date(),
  };
  await actor.inTenant((tx) =>
    tx
      .insert(schema.organisationFigures)
      .values(values)
      .onConflictDoUpdate({ target: schema.organisationFigures.orgId, set: values }),
  );
  await refreshLibraryUsage(database, orgId);
}

type FigureRow = typeof schema.organisationFigures.$inferSelect;

function figure(value: number | null | undefined, isHidden = false): NetworkFigure {
  if (isHidden) return { state: 'hidden' };
  return value === null || value === undefined
    ? { state: 'not-reported' }
    : { state: 'reported', value };
}

function memberFigures(
  member: { orgId: string; name: string; country: NetworkMemberFigures['country'] },
  row: FigureRow | undefined,
): NetworkMemberFigures {
  return {
    ...member,
    computedAt: row?.computedAt.toISOString() ?? null,
    beneficiaries: figure(row?.beneficiaries, row?.beneficiariesHidden),
    sessions: figure(row?.sessions),
    hours: figure(row?.hours, row?.hoursHidden),
    carbonPerBeneficiaryKg: figure(row?.carbonPerBeneficiaryKg, row?.carbonHidden),
    continuationRate: figure(row?.continuationRate, row?.continuationHidden),
    communes: row?.communes ?? [],
  };
}

function total(members: NetworkMemberFigures[], key: 'beneficiaries' | 'sessions' | 'hours') {
  const reported = members.flatMap((m) => {
    const value = m[key];
    return value.state === 'reported' ? [value.value] : [];
  });
  return {
    value: Math.round(reported.reduce((sum, v) => sum + v, 0) * 10) / 10,
    reportedBy: reported.length,
  };
}

/** The active members and their stored figures: one query for the members, one for the figures. */
export async function readMemberFigures(database: TuttiDatabase, networkId: string) {
  const members = (await repository.listMembers(database.db, networkId)).filter(
    (m) => m.status === 'active',
  );
  const rows = members.length
    ? await database.db
        .select()
        .from(schema.organisationFigures)
        .where(
          inArray(
            schema.organisationFigures.orgId,
            members.map((m) => m.orgId),
          ),
        )
    : [];
  return { members, rows };
}

/** The latest `computedAt` of the rows, or null. */
export function latestComputedAt(rows: readonly FigureRow[]) {
  const latest = Math.max(0, ...rows.map((row) => row.computedAt.getTime()));
  return latest ? new Date(latest).toISOString() : null;
}

/** Members' stored figures side by side, computing nothing. */
export async function getDashboard({
  actor,
  database,
}: {
  actor: NetworkActor;
  database: TuttiDatabase;
}): Promise<NetworkDashboard> {
  const { members, rows } = await readMemberFigures(database, actor.networkId);
  const byOrg = new Map(rows.map((row) => [row.orgId, row]));
  const figures = members.map((m) => memberFigures(m, byOrg.get(m.orgId)));
  const reach = new Map<string, number>();
  for (const member of figures) {
    for (const commune of member.communes)
      reach.set(commune.code, (reach.get(commune.code) ?? 0) + 1);
  }
  const filters = resolveFilters({});
  return {
    refreshedAt: latestComputedAt(rows),
    period: { from: filters.from, to: filters.to },
    members: figures,
    totals: {
      beneficiaries: total(figures, 'beneficiaries'),
      sessions: total(figures, 'sessions'),
      hours: total(figures, 'hours'),
    },
    overlaps: [...reach]
      .filter(([, count]) => count >= 2)
      .map(([code, count]) => ({ code, members: count }))
      .sort((a, b) => b.members - a.members || a.code.localeCompare(b.code)),
  };
}

/** Refreshes every active member's figures, one after the other (a coordinator asks). */
export async function refreshNetworkFigures({
  actor,
  database,
}: {
  actor: NetworkActor;
  database: TuttiDatabase;
}) {
  const members = (await repository.listMembers(database.db, actor.networkId)).filter(
    (m) => m.status === 'active',
  );
  for (const member of members) await refreshOrganisationFigures(database, member.orgId);
  return { refreshed: members.length };
}
