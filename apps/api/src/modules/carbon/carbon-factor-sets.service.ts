// Factor versions: list them, add an organisation's own, choose the one new figures use.
import { type FactorSet, latestFactorSet, validateFactorSet } from '@tutti/carbon';
import type { FactorSetCreateBody } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import type { FactorSetRow } from './carbon-settings.repository';
import * as repository from './carbon-settings.repository';

export function toFactorSet(row: FactorSetRow): FactorSet {
  return {
    version: row.version,
    publishedOn: row.publishedOn,
    source: row.source,
    licence: row.licence,
    factors: row.factors as FactorSet['factors'],
    onlineVideo: row.onlineVideo,
  };
}

export type CurrentFactorSet = { row: FactorSetRow; set: FactorSet; followsLatestBuiltIn: boolean };

/** The organisation's chosen version, or the latest built-in one while it has chosen none. */
export async function currentFactorSet(tx: Executor, orgId: string): Promise<CurrentFactorSet> {
  const chosen = await repository.findCarbonSettings(tx, orgId);
  const row = chosen ? await repository.findFactorSet(tx, chosen.factorSetId) : null;
  if (row) return { row, set: toFactorSet(row), followsLatestBuiltIn: false };
  const builtIn = await repository.listBuiltInFactorSets(tx);
  const latest = latestFactorSet(builtIn.map(toFactorSet));
  const latestRow = builtIn.find((r) => r.version === latest.version)!;
  return { row: latestRow, set: latest, followsLatestBuiltIn: true };
}

export async function listFactorSets({ actor }: { actor: OrgActor }) {
  requirePermission(actor, 'carbon.read');
  return actor.inTenant(async (tx) => ({
    rows: await repository.listFactorSets(tx),
    current: await currentFactorSet(tx, actor.orgId),
  }));
}

export async function getFactorSet({
  actor,
  factorSetId,
}: {
  actor: OrgActor;
  factorSetId: string;
}) {
  requirePermission(actor, 'carbon.read');
  return actor.inTenant(async (tx) => {
    const row = await repository.findFactorSet(tx, factorSetId);
    if (!row) throw new AppError('CARBON.FACTOR_SET_NOT_FOUND', 'Factor set not found');
    return { row, current: await currentFactorSet(tx, actor.orgId) };
  });
}

/**
 * Adds a version after the carbon model's checks, every wrong field named at once. Versions
 * are never edited: a correction is a new version, and old figures keep theirs.
 */
export async function createFactorSet({
  actor,
  body,
}: {
  actor: OrgActor;
  body: FactorSetCreateBody;
}) {
  requirePermission(actor, 'carbon.manageFactorSets');
  const { makeCurrent, ...input } = body;
  return actor.inTenant(async (tx) => {
    const existing = (await repository.listFactorSets(tx)).map((row) => row.version);
    const result = validateFactorSet(input, existing);
    if (!result.ok) {
      throw new AppError('CARBON.INVALID_FACTORS', 'The factor set has invalid fields', {
        fields: result.errors.map((error) => ({
          path: `body.${error.path}`,
          message: error.message,
        })),
      });
    }
    const row = await repository
      .insertFactorSet(tx, { orgId: actor.orgId, ...result.value, createdBy: actor.userId })
      .catch((error: Error & { cause?: { code?: string } }) => {
        // Two admins adding the same version at once: the second is told, not given a 500.
        if (error.cause?.code !== '23505') throw error;
        throw new AppError('CARBON.INVALID_FACTORS', 'This version already exists', {
          fields: [{ path: 'body.version', message: 'This version already exists' }],
        });
      });
    if (makeCurrent) {
      await repository.upsertCarbonSettings(tx, {
        orgId: actor.orgId,
        factorSetId: row.id,
        updatedBy: actor.userId,
      });
    }
    return { row, current: await currentFactorSet(tx, actor.orgId) };
  });
}

export async function getCarbonSettings({ actor }: { actor: OrgActor }) {
  requirePermission(actor, 'carbon.read');
  return actor.inTenant((tx) => currentFactorSet(tx, actor.orgId));
}

/** New figures use this version from now on; nothing stored changes. */
export async function chooseFactorSet({
  actor,
  factorSetId,
}: {
  actor: OrgActor;
  factorSetId: string;
}) {
  requirePermission(actor, 'carbon.manageFactorSets');
  return actor.inTenant(async (tx) => {
    const row = await repository.findFactorSet(tx, factorSetId);
    if (!row) throw new AppError('CARBON.FACTOR_SET_NOT_FOUND', 'Factor set not found');
    await repository.upsertCarbonSettings(tx, {
      orgId: actor.orgId,
      factorSetId,
      updatedBy: actor.userId,
    });
    return currentFactorSet(tx, actor.orgId);
  });
}
