// Resources with what deciding their visibility needs, read in a few queries for any number of
// them: their file, their session, who they show and where each stands for the consent their use
// needs (read now: a withdrawal made a moment ago holds the item back at once).
import {
  type ConsentPurpose,
  consentPurposeOfKind,
  mediaKindOf,
  type SpaceHoldReason,
  type SpaceResource,
  showsPeopleKind,
} from '@tutti/contracts';
import { type Executor, inTurn } from '@tutti/db';
import { consentStandings, type ParticipantConsentStanding } from '../participants';
import { findCaptionTracks } from './captions.repository';
import { providerOf } from './oembed';
import * as repository from './resources.repository';
import { holdReasons } from './visibility';

type FileInfo = repository.FileInfo;
type SessionInfo = Awaited<ReturnType<typeof repository.findSessionsOf>>[number];

export type ResourceView = {
  row: repository.ResourceRow;
  file: FileInfo | null;
  session: SessionInfo | null;
  purpose: ConsentPurpose | null;
  people: { participantId: string | null; standing: ParticipantConsentStanding | null }[];
  /** A video's caption tracks, by language. */
  captions: { lang: string; cueCount: number }[];
  heldBack: SpaceHoldReason[];
  visible: boolean;
};

export function purposeOf(row: Pick<repository.ResourceRow, 'kind' | 'showsPeople'>) {
  return row.showsPeople && showsPeopleKind(row.kind) ? consentPurposeOfKind[row.kind] : null;
}

export function sourceOf(row: Pick<repository.ResourceRow, 'fileId' | 'url' | 'text'>) {
  if (row.fileId) return 'file' as const;
  if (row.url) return 'link' as const;
  if (row.text) return 'text' as const;
  return 'none' as const;
}

/**
 * The views of `rows`, in their order, as of `today` on the organisation's clocks; `files`, when
 * the caller read them with the rows, spares a query.
 */
export async function loadResourceViews(
  tx: Executor,
  rows: readonly repository.ResourceRow[],
  today: string,
  known: { files?: readonly FileInfo[] } = {},
): Promise<ResourceView[]> {
  if (rows.length === 0) return [];
  const fileIds = known.files
    ? []
    : [...new Set(rows.flatMap((row) => (row.fileId ? [row.fileId] : [])))];
  const sessionIds = [...new Set(rows.flatMap((row) => (row.sessionId ? [row.sessionId] : [])))];
  const peopleRows = rows.filter((row) => row.showsPeople).map((row) => row.id);
  const videos = rows.filter((row) => row.kind === 'video').map((row) => row.id);
  const [fileRows, sessionRows, people, captionTracks] = await inTurn(
    () => repository.findFilesOf(tx, fileIds),
    () => repository.findSessionsOf(tx, sessionIds),
    () => repository.findPeopleOf(tx, peopleRows),
    () => findCaptionTracks(tx, videos),
  );
  const purposes = [
    ...new Set(rows.flatMap((row) => (purposeOf(row) ? [purposeOf(row) as ConsentPurpose] : []))),
  ];
  const participantIds = [
    ...new Set(people.flatMap((person) => (person.participantId ? [person.participantId] : []))),
  ];
  const standings = await consentStandings(tx, participantIds, purposes);
  const filesById = new Map([...(known.files ?? []), ...fileRows].map((file) => [file.id, file]));
  const sessionsById = new Map(sessionRows.map((session) => [session.id, session]));
  const peopleOf = new Map<string, typeof people>();
  for (const person of people) {
    peopleOf.set(person.resourceId, [...(peopleOf.get(person.resourceId) ?? []), person]);
  }
  return rows.map((row) => {
    const file = row.fileId ? (filesById.get(row.fileId) ?? null) : null;
    const purpose = purposeOf(row);
    const shown = (peopleOf.get(row.id) ?? []).map((person) => ({
      participantId: person.participantId,
      standing: person.participantId ? (standings.get(person.participantId) ?? null) : null,
    }));
    const heldBack = holdReasons(
      {
        published: row.published,
        source: sourceOf(row),
        fileReady: file?.status === 'ready',
        availableFrom: row.availableFrom,
        availableUntil: row.availableUntil,
        showsPeople: row.showsPeople,
        people: shown.map((person) =>
          person.standing && purpose ? person.standing.standing[purpose] : null,
        ),
      },
      today,
    );
    return {
      row,
      file,
      session: row.sessionId ? (sessionsById.get(row.sessionId) ?? null) : null,
      purpose,
      people: shown,
      captions: captionTracks.get(row.id) ?? [],
      heldBack,
      visible: heldBack.length === 0,
    };
  });
}

export function presentResource(view: ResourceView, journeyCount: number): SpaceResource {
  const { row, file, session, purpose } = view;
  const source: SpaceResource['source'] = row.url
    ? {
        type: 'link',
        url: row.url,
        provider: row.linkProvider ?? providerOf(row.url)?.name ?? null,
        embedTitle: row.embedTitle,
        embedAuthor: row.embedAuthor,
      }
    : row.text
      ? { type: 'text', text: row.text }
      : {
          type: 'file',
          media: file
            ? {
                id: file.id,
                fileName: file.fileName,
                kind: file.status === 'ready' ? mediaKindOf(file.mediaType) : null,
                status: file.status,
                durationMs: file.durationMs,
                sizeBytes: file.storedBytes,
              }
            : null,
        };
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    description: row.description,
    source,
    licence: row.licence,
    rightsNote: row.rightsNote,
    downloadable: row.downloadable,
    availableFrom: row.availableFrom,
    availableUntil: row.availableUntil,
    audience: row.audience,
    session: session
      ? {
          id: session.id,
          kind: session.kind,
          title: session.title,
          startsAt: session.startsAt.toISOString(),
          timeZone: session.timeZone,
        }
      : null,
    showsPeople: row.showsPeople,
    consentPurpose: purpose,
    participants: view.people
      .flatMap((person) =>
        person.standing && purpose
          ? [
              {
                id: person.standing.id,
                firstName: person.standing.firstName,
                group: person.standing.group,
                isMinor: person.standing.isMinor,
                consent: person.standing.standing[purpose],
              },
            ]
          : [],
      )
      .sort((a, b) => a.group.localeCompare(b.group) || a.firstName.localeCompare(b.firstName)),
    chapters: row.chapters,
    captions: view.captions,
    published: row.published,
    visible: view.visible,
    heldBack: view.heldBack,
    journeyCount,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
