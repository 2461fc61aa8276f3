// The demo network's shared library: entries from the demo organisation (a journey template of
// its own, a method, a consent form), from Liège (EN, FR) and Luxembourg (DE); real copies made
// by members in their own organisations with the usage each counted (Liège ran the demo's
// template with 23 people; Luxembourg used the method with 4, shown as hidden); and one open
// takedown request for the network's coordinators. Dates are placed before the seed day.
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../client';
import { librarySearchText } from '../library-search-text';
import * as schema from '../schema/index';
import type { DemoContext, DemoStep } from './demo';
import { type DemoLibraryEntry, demoLibraryEntries } from './demo-library-data';

const DAY = 864e5;
const PARTNER_SLUGS = { liege: 'musique-liege', luxembourg: 'mosaique-luxembourg' } as const;

async function ownersOf(db: Db, orgId: string) {
  const partners = await db
    .select({ id: schema.organisations.id, slug: schema.organisations.publicSlug })
    .from(schema.organisations)
    .where(inArray(schema.organisations.publicSlug, Object.values(PARTNER_SLUGS)));
  const idOf = (slug: string) => partners.find((p) => p.slug === slug)?.id;
  return {
    demo: orgId,
    liege: idOf(PARTNER_SLUGS.liege),
    luxembourg: idOf(PARTNER_SLUGS.luxembourg),
  };
}

/** The demo organisation's first journey template, with its steps, shared as it is. */
async function demoTemplate(db: Db, orgId: string) {
  const [template] = await db
    .select()
    .from(schema.journeyTemplates)
    .where(eq(schema.journeyTemplates.orgId, orgId))
    .orderBy(asc(schema.journeyTemplates.name))
    .limit(1);
  if (!template) return null;
  const steps = await db
    .select()
    .from(schema.journeyTemplateSteps)
    .where(eq(schema.journeyTemplateSteps.templateId, template.id))
    .orderBy(asc(schema.journeyTemplateSteps.position));
  return {
    template,
    steps: steps.map(({ kind, title, durationMin, spacingDays }) => ({
      kind,
      title,
      durationMin,
      spacingDays,
    })),
  };
}

function entryValues(networkId: string, ownerOrgId: string, entry: DemoLibraryEntry, now: Date) {
  const createdAt = new Date(now.getTime() - entry.sharedDaysAgo * DAY);
  const { owner: _owner, sharedDaysAgo: _days, ...fields } = entry;
  return {
    ...fields,
    networkId,
    ownerOrgId,
    searchText: librarySearchText(entry),
    createdAt,
    updatedAt: entry.version > 1 ? new Date(createdAt.getTime() + 6 * DAY) : createdAt,
  };
}

async function seedLibrary({ db, orgId, userIds, now }: DemoContext) {
  const [network] = await db
    .select({ id: schema.networks.id })
    .from(schema.networks)
    .where(eq(schema.networks.homeOrgId, orgId));
  const owners = await ownersOf(db, orgId);
  if (!network || !owners.liege || !owners.luxembourg) return;
  const networkId = network.id;
  const entries = new Map<string, typeof schema.libraryEntries.$inferSelect>();
  for (const entry of demoLibraryEntries) {
    const [row] = await db
      .insert(schema.libraryEntries)
      .values(entryValues(networkId, owners[entry.owner]!, entry, now))
      .returning();
    entries.set(entry.title, row!);
  }
  const shared = await demoTemplate(db, orgId);
  if (shared) {
    const [row] = await db
      .insert(schema.libraryEntries)
      .values(
        entryValues(
          networkId,
          orgId,
          {
            owner: 'demo',
            kind: 'journey_template',
            title: shared.template.name,
            summary:
              shared.template.description ??
              'Le parcours tel que nous le menons, étape par étape, à reprendre et adapter.',
            body: null,
            language: 'fr',
            licence: 'CC-BY-SA-4.0',
            audiences: ['children'],
            tags: ['parcours', 'école'],
            sharedDaysAgo: 55,
            version: 1,
          },
          now,
        ),
      )
      .returning();
    await db
      .update(schema.libraryEntries)
      .set({ steps: shared.steps })
      .where(eq(schema.libraryEntries.id, row!.id));
    // Liège copied it into its own templates and ran it twice.
    const liege = owners.liege;
    const [copy] = await db
      .insert(schema.journeyTemplates)
      .values({
        orgId: liege,
        name: shared.template.name,
        description: `${row!.summary}\n\nMusique en chemins (démo) · CC-BY-SA-4.0 · v1`,
      })
      .returning();
    await db.insert(schema.journeyTemplateSteps).values(
      shared.steps.map((step, i) => ({
        orgId: liege,
        templateId: copy!.id,
        position: i + 1,
        ...step,
      })),
    );
    await copied(db, liege, row!, 'journey_template', copy!.id, now, 48);
    await db.insert(schema.libraryUsage).values({
      orgId: liege,
      entryId: row!.id,
      journeys: 2,
      sessions: 14,
      people: 23,
      computedAt: now,
    });
  }
  // Luxembourg used the demo's method once, with a small group: its people stay hidden.
  const method = entries.get('Éveil musical : la boîte à sons')!;
  await copyText(db, owners.luxembourg, method, null, now, 20);
  await db.insert(schema.libraryUsage).values({
    orgId: owners.luxembourg,
    entryId: method.id,
    journeys: 1,
    sessions: 4,
    people: 4,
    computedAt: now,
  });
  // The demo organisation copied Liège's body-percussion plan, not used yet.
  const plan = entries.get('Workshop plan: body percussion for teenagers')!;
  await copyText(db, orgId, plan, userIds.coordinator, now, 10);
  await db.insert(schema.libraryUsage).values({
    orgId,
    entryId: plan.id,
    journeys: 0,
    sessions: 0,
    people: 0,
    computedAt: now,
  });
  // Luxembourg asks for a takedown of Liège's list: the network's coordinators decide.
  const repertoire = entries.get('Chants de Wallonie pour chorales de quartier')!;
  await db.insert(schema.libraryTakedowns).values({
    networkId,
    entryId: repertoire.id,
    requestedByOrgId: owners.luxembourg,
    reason:
      'L’arrangement à deux voix de « Valeureux Liégeois » vient d’un recueil encore sous droits : merci de vérifier avant de le laisser en partage.',
    createdAt: new Date(now.getTime() - 2 * DAY),
  });
}

type EntryRow = typeof schema.libraryEntries.$inferSelect;

async function copied(
  db: Db,
  orgId: string,
  entry: EntryRow,
  target: 'journey_template' | 'space_resource',
  targetId: string,
  now: Date,
  daysAgo: number,
) {
  await db.insert(schema.libraryCopies).values({
    orgId,
    entryId: entry.id,
    networkId: entry.networkId,
    version: entry.version,
    target,
    targetId,
    copiedAt: new Date(now.getTime() - daysAgo * DAY),
  });
}

/** A text entry copied as an unpublished resource of the organisation's journey spaces. */
async function copyText(
  db: Db,
  orgId: string,
  entry: EntryRow,
  createdBy: string | null,
  now: Date,
  daysAgo: number,
) {
  const [owner] = await db
    .select({ name: schema.organisations.name })
    .from(schema.organisations)
    .where(and(eq(schema.organisations.id, entry.ownerOrgId)));
  const [resource] = await db
    .insert(schema.spaceResources)
    .values({
      orgId,
      kind: 'activity_sheet',
      title: entry.title,
      description: entry.summary,
      text: entry.body,
      licence: entry.licence === 'CC-BY-4.0' ? 'cc_by' : 'cc_by_sa',
      rightsNote: `${owner?.name ?? ''} · ${entry.licence} · v${entry.version}`,
      createdBy,
    })
    .returning();
  await copied(db, orgId, entry, 'space_resource', resource!.id, now, daysAgo);
}

export const demoLibraryStep: DemoStep = { name: 'network-library', run: seedLibrary };
