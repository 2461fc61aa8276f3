import { describe, expect, test } from 'vitest';
import { featureModules } from '@/app/features';
import { navEntriesFor, navSectionsFor } from './registry';

type Role = Parameters<typeof navEntriesFor>[1];
const menuOf = (role: Role) => navEntriesFor(featureModules, role).map((entry) => entry.path);
const sectionsOf = (role: Role) =>
  Object.fromEntries(
    navSectionsFor(featureModules, role).map(({ section, entries }) => [
      section,
      entries.map((entry) => entry.path),
    ]),
  );

describe('the feature registry', () => {
  test('shows admins every page of the foundation, section by section', () => {
    expect(sectionsOf('admin')).toEqual({
      today: ['', 'calendar'],
      programme: ['projects', 'tours', 'journeys', 'partners', 'venues', 'media', 'artists'],
      audiences: ['groups', 'participants', 'territories', 'attendance', 'choirs', 'ensembles'],
      // Admins are never seated on a jury: no Mon jury.
      concerts: ['places-offertes', 'calls', 'box-office/settings'],
      measure: ['carbon', 'impact', 'surveys', 'reports'],
      network: ['reseaux', 'formations'],
      organisation: [
        'members',
        'member-invitations',
        'outbox',
        'retention',
        'rights',
        'audit',
        'backups',
        'settings',
      ],
    });
    // The flat list follows the sections.
    expect(menuOf('admin')).toEqual(Object.values(sectionsOf('admin')).flat());
  });

  test('shows coordinators the plan, the people and the measures, nothing admin-only', () => {
    expect(sectionsOf('coordinator')).toEqual({
      today: ['', 'calendar'],
      programme: ['projects', 'tours', 'journeys', 'partners', 'venues', 'media', 'artists'],
      audiences: ['groups', 'participants', 'territories', 'attendance', 'choirs', 'ensembles'],
      concerts: ['places-offertes', 'calls', 'jury', 'box-office/settings'],
      measure: ['carbon', 'impact', 'surveys', 'reports'],
      network: ['reseaux', 'formations'],
      organisation: ['members'],
    });
  });

  test('shows artists the calendar, the media, their choirs and trainings, relays their journeys too, viewers the plan, territories and footprint but no participant', () => {
    expect(menuOf('artist')).toEqual([
      '',
      'my-day',
      'calendar',
      'media',
      'choirs',
      'jury',
      'formations',
    ]);
    expect(sectionsOf('juror')).toEqual({ today: [''], concerts: ['jury'] });
    expect(menuOf('relay')).toEqual([
      '',
      'calendar',
      'journeys',
      'media',
      'groups',
      'participants',
      'choirs',
      'ensembles',
      'places-offertes',
      'surveys',
    ]);
    expect(menuOf('viewer')).toEqual([
      '',
      'calendar',
      'projects',
      'journeys',
      'media',
      'groups',
      'territories',
      'attendance',
      'choirs',
      'ensembles',
      'carbon',
      'impact',
      'surveys',
      'reports',
      'reseaux',
    ]);
  });

  test('has a page behind every menu entry, open to the same roles', () => {
    for (const module of featureModules) {
      for (const entry of module.nav ?? []) {
        const page = module.pages?.find((p) => p.scope === 'organisation' && p.path === entry.path);
        expect(page, `${module.id} menu entry "${entry.path}"`).toBeDefined();
        expect([...(page?.roles ?? [])].sort()).toEqual([...entry.roles].sort());
      }
    }
  });

  test('gives every feature its own namespace', () => {
    const ids = featureModules.map((module) => module.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).not.toContain('common');
  });
});
