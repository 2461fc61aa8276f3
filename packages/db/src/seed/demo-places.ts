// The demo step for partners, venues and artists; later steps find them by the exported names.
import type { DemoStep } from './demo';
import { seedDemoArtists } from './demo-artists';
import { seedDemoPartners } from './demo-partners';
import { demoSeason } from './demo-places-data';
import { seedDemoVenues } from './demo-venues';

export {
  DEMO_ARTISTS,
  DEMO_PARTNERS,
  DEMO_VENUES,
  type DemoSeason,
  demoSeason,
} from './demo-places-data';

export const demoPlacesStep: DemoStep = {
  name: 'partners, venues and artists',
  async run({ db, orgId, userIds, now }) {
    // The school year under way: agreements are current, closures and holidays lie ahead.
    const season = demoSeason(now);
    const partnerIds = await seedDemoPartners(db, orgId, season);
    await seedDemoVenues(db, orgId, partnerIds, season);
    await seedDemoArtists(db, orgId, userIds.artist, season);
  },
};
