// Shapes factor sets and carbon settings for the API.
import type {
  CarbonMode,
  CarbonSettings,
  FactorSet,
  FactorSetSummary,
  ProjectCarbonSettings,
  SessionKind,
} from '@tutti/contracts';
import type { CurrentFactorSet } from './carbon-factor-sets.service';
import type { FactorSetRow, ProjectSettingsRow } from './carbon-settings.repository';
import { projectAssumptions } from './carbon-trips';

export function presentFactorSetSummary(
  row: FactorSetRow,
  current: CurrentFactorSet,
): FactorSetSummary {
  return {
    id: row.id,
    version: row.version,
    publishedOn: row.publishedOn,
    source: row.source,
    licence: row.licence,
    builtIn: row.orgId === null,
    current: row.id === current.row.id,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentFactorSet(row: FactorSetRow, current: CurrentFactorSet): FactorSet {
  return {
    ...presentFactorSetSummary(row, current),
    factors: row.factors,
    onlineVideo: row.onlineVideo,
  };
}

export function presentCarbonSettings(current: CurrentFactorSet): CarbonSettings {
  return {
    factorSetId: current.row.id,
    factorVersion: current.row.version,
    followsLatestBuiltIn: current.followsLatestBuiltIn,
  };
}

/** The project's settings with the defaults that apply while none is set. */
export function presentProjectSettings(
  projectId: string,
  row: ProjectSettingsRow | null,
): ProjectCarbonSettings {
  const assumptions = projectAssumptions(row ?? undefined);
  const split = row?.audienceModeSplit;
  return {
    projectId,
    audienceModeSplit: split
      ? {
          sharesPct: split.shares as Partial<Record<CarbonMode, number>>,
          carOccupancy: split.carOccupancy,
        }
      : null,
    groupMode: assumptions.groupMode as ProjectCarbonSettings['groupMode'],
    vanKmPerSession: assumptions.vanKmPerSession,
    vanSessionKinds: assumptions.vanSessionKinds as SessionKind[],
  };
}
