// Everything a report shows, gathered from the database and suppressed: plain data a worker can render.
import type {
  ImpactIndicators,
  Locale,
  PeopleCount,
  PeopleFigure,
  ReportTemplate,
  SurveyResults,
} from '@tutti/contracts';
import { inTurn, type schema, type TuttiDatabase } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import { communeReference } from '../communes';
import {
  buildIndicators,
  loadIndicatorData,
  scopeOf,
  suppressCount,
  suppressDerived,
  suppressTable,
} from '../impact';
import { loadSurveyResults } from '../surveys';
import * as repository from './reports.repository';

export type ReportData = {
  template: ReportTemplate;
  locale: Locale;
  title: string;
  organisationName: string;
  generatedAt: string;
  dataVersion: string;
  factorVersion: string | null;
  projectNames: string[];
  indicators: ImpactIndicators;
  projects: {
    name: string;
    sessions: number;
    listed: PeopleCount;
    counted: PeopleCount;
    total: PeopleCount;
    hours: PeopleFigure;
  }[];
  sessions: {
    starts: string;
    kind: string;
    status: string;
    project: string;
    venue: string | null;
    commune: string | null;
    hours: number;
    present: PeopleCount;
    counted: PeopleCount;
  }[];
  journeys: {
    name: string;
    group: string;
    sessions: number;
    members: PeopleCount;
    present: PeopleCount;
    rate: PeopleFigure;
  }[];
  surveys: SurveyResults[];
  /** Communes of the departments reached, drawn faintly under the map's dots. */
  backgroundPoints: [number, number][];
  sources: string[];
};

type StoredReport = typeof schema.reports.$inferSelect;
const MAX_BACKGROUND_POINTS = 8_000;

/** The report's data, with `progress` called as each part is ready (0–1). */
export async function gatherReportData(options: {
  actor: OrgActor;
  database: TuttiDatabase;
  report: StoredReport;
  progress: (share: number) => Promise<void>;
}): Promise<ReportData> {
  const { actor, database, report, progress } = options;
  const { locale, surveyIds, ...rest } = report.params;
  const filters = {
    from: rest.from,
    to: rest.to,
    projectIds: rest.projectIds,
    communeCodes: rest.communeCodes,
    departmentCode: rest.departmentCode,
  };
  const loaded = await loadIndicatorData({ actor, database, filters, carbon: 'wait' });
  const indicators = buildIndicators(loaded);
  await progress(0.4);
  const tables = await actor.inTenant(async (tx) => {
    const scope = await scopeOf(tx, actor.orgId, filters);
    return {
      organisationName: await repository.organisationName(tx, actor.orgId),
      names: await repository.projectNames(tx, filters.projectIds),
      sessions: await repository.sessionLines(tx, scope),
      projects: await repository.projectLines(tx, scope),
      journeys: await repository.journeyLines(tx, scope),
      surveys: await inTurn(...surveyIds.map((id) => () => loadSurveyResults(tx, id, false))),
    };
  });
  await progress(0.6);
  const reference = await communeReference(database);
  const departments = new Set(
    indicators.communes.list.flatMap((c) => {
      const commune = reference.dataset.byId.get(c.code);
      return commune?.departmentCode ? [commune.departmentCode] : [];
    }),
  );
  const backgroundPoints = reference.dataset.communes
    .filter((c) => c.departmentCode !== null && departments.has(c.departmentCode))
    .slice(0, MAX_BACKGROUND_POINTS)
    .map((c) => [c.location.lat, c.location.lon] as [number, number]);
  return {
    template: report.template,
    locale,
    title: report.title,
    organisationName: tables.organisationName,
    generatedAt: new Date().toISOString(),
    dataVersion: loaded.dataVersion,
    factorVersion: indicators.carbon.factorVersion,
    projectNames: filters.projectIds.map((id) => tables.names.get(id) ?? id),
    indicators,
    projects: tables.projects.map((p) => {
      const [listed, counted] = suppressTable([
        { category: 'listed', count: p.listed },
        { category: 'counted', count: p.counted },
      ]);
      return {
        name: p.name,
        sessions: p.sessions,
        listed: listed!.count,
        counted: counted!.count,
        total: suppressCount(p.listed + p.counted),
        hours: suppressDerived(Math.round(p.hours * 10) / 10, p.listed + p.counted),
      };
    }),
    sessions: tables.sessions.map((s) => ({
      starts: s.starts,
      kind: s.kind,
      status: s.status,
      project: s.project,
      venue: s.venue,
      commune: s.commune,
      hours: s.hours,
      present: suppressCount(s.present),
      counted: suppressCount(s.counted),
    })),
    journeys: tables.journeys.map((j) => ({
      name: j.name,
      group: j.group_name,
      sessions: j.sessions,
      members: suppressCount(j.members),
      present: suppressCount(j.present_people),
      rate: suppressDerived(
        j.marked === 0 ? 0 : Math.round((j.present / j.marked) * 1000) / 1000,
        j.present_people,
      ),
    })),
    surveys: tables.surveys,
    backgroundPoints,
    sources: reference.dataset.sources.map(
      (s) => `${s.name}, ${s.publisher}, ${s.licence}, ${s.year}`,
    ),
  };
}
