// A library entry as the API shows it: credited to its organisation, with the usage of its copies
// summed over organisations and people hidden under 5.
import type { LibraryEntry, LibraryEntrySummary, LibraryUsage, Takedown } from '@tutti/contracts';
import type { EntryWithUsage, TakedownRow } from './library.repository';

/** Fewer people than this are never shown: "hidden", as the Impact page does. */
export const PEOPLE_THRESHOLD = 5;

function usageOf(row: EntryWithUsage): LibraryUsage {
  return {
    organisations: row.organisations,
    journeys: row.journeys,
    sessions: row.sessions,
    people:
      row.people >= PEOPLE_THRESHOLD
        ? { state: 'reported', value: row.people }
        : row.organisations === 0
          ? { state: 'not-reported' }
          : { state: 'hidden' },
  };
}

export function presentSummary(row: EntryWithUsage, orgId: string): LibraryEntrySummary {
  const { entry } = row;
  return {
    id: entry.id,
    networkId: entry.networkId,
    kind: entry.kind,
    title: entry.title,
    summary: entry.summary,
    language: entry.language,
    licence: entry.licence,
    version: entry.version,
    audiences: entry.audiences,
    tags: entry.tags,
    status: entry.status,
    owner: { orgId: entry.ownerOrgId, name: row.ownerName },
    mine: entry.ownerOrgId === orgId,
    file:
      entry.fileId && entry.fileName
        ? {
            fileName: entry.fileName,
            mediaType: entry.mediaType ?? 'application/octet-stream',
            sizeBytes: entry.sizeBytes ?? 0,
          }
        : null,
    stepCount: entry.steps.length,
    usage: usageOf(row),
    createdAt: entry.createdAt.toISOString(),
    updatedAt: entry.updatedAt.toISOString(),
  };
}

export function presentEntry(
  row: EntryWithUsage,
  orgId: string,
  extra: { copies: LibraryEntry['copies']; openTakedowns: number },
): LibraryEntry {
  return {
    ...presentSummary(row, orgId),
    body: row.entry.body,
    steps: row.entry.steps,
    ...extra,
  };
}

export function presentTakedown(row: TakedownRow): Takedown {
  const { takedown } = row;
  return {
    id: takedown.id,
    entryId: takedown.entryId,
    entryTitle: row.entryTitle,
    ownerOrgId: row.ownerOrgId,
    requestedBy: { orgId: takedown.requestedByOrgId, name: row.requesterName },
    reason: takedown.reason,
    status: takedown.status,
    note: takedown.note,
    createdAt: takedown.createdAt.toISOString(),
    resolvedAt: takedown.resolvedAt?.toISOString() ?? null,
  };
}
