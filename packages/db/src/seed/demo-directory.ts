// The demo organisation's directory of amateur practice (see demo-directory-data.ts for the story).
import { newPublicCode } from '../public-codes';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import { DEMO_ENSEMBLES } from './demo-directory-data';

const monthsAgo = (now: Date, months: number) => {
  const date = new Date(now);
  date.setUTCMonth(date.getUTCMonth() - months);
  return date;
};

export const demoDirectoryStep: DemoStep = {
  name: 'directory',
  async run({ db, orgId, now }) {
    for (const { place, confirmedMonthsAgo, pending, ...ensemble } of DEMO_ENSEMBLES) {
      const [row] = await db
        .insert(schema.ensembles)
        .values({
          ...ensemble,
          orgId,
          publicCode: newPublicCode(),
          status: pending ? 'pending' : 'published',
          source: pending ? 'proposal' : 'organisation',
          lastConfirmedAt: pending ? null : monthsAgo(now, confirmedMonthsAgo ?? 0),
        })
        .returning({ id: schema.ensembles.id });
      await db.insert(schema.ensemblePlaces).values({
        orgId,
        ensembleId: row!.id,
        position: 0,
        label: place.label ?? null,
        addressLine: place.addressLine ?? null,
        postalCode: place.postalCode,
        communeCode: place.communeCode,
        communeName: place.communeName,
        latitude: place.latitude,
        longitude: place.longitude,
      });
    }
    // Luzy is the white zone: two people there asked for help to start a choir (the map's layer).
    await db.insert(schema.directorySupportRequests).values([
      {
        orgId,
        communeCode: '58149',
        communeName: 'Luzy',
        name: 'Odile Perraudin',
        contactEmail: 'odile.perraudin@example.test',
        message: 'Nous sommes six au foyer rural à vouloir chanter ensemble.',
        createdAt: new Date(now.getTime() - 12 * 86_400_000),
        // Called back and sent the kit: its contact goes six months after this.
        handledAt: new Date(now.getTime() - 5 * 86_400_000),
      },
      {
        orgId,
        communeCode: '58149',
        communeName: 'Luzy',
        name: 'Bernard Lamy',
        contactPhone: '+33 6 12 34 56 78',
        message: 'Ancien chef de chœur, prêt à aider.',
        createdAt: new Date(now.getTime() - 3 * 86_400_000),
      },
    ]);
  },
};
