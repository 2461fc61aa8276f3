// Demo partner structures with their contact persons and agreements.
import type { PartnerType } from '@tutti/contracts';
import type { Db } from '../client';
import * as schema from '../schema/index';
import { communes, DEMO_PARTNERS, type DemoSeason } from './demo-places-data';

type PartnerSeed = {
  name: string;
  type: PartnerType;
  addressLine: string;
  commune: (typeof communes)[keyof typeof communes];
  notes?: string;
  contacts: { name: string; jobTitle: string; email?: string; phone?: string }[];
  agreements: { title: string; startsOn: string; endsOn: string | null; scope: string }[];
};

function partnerSeeds(season: DemoSeason): PartnerSeed[] {
  const year = { startsOn: season.startsOn, endsOn: season.endsOn };
  return [
    {
      name: DEMO_PARTNERS.mairieClamecy,
      type: 'municipality',
      addressLine: 'Hôtel de ville',
      commune: communes.clamecy,
      contacts: [
        {
          name: 'Martine Perrin',
          jobTitle: 'Adjointe à la culture',
          email: 'culture@clamecy.example.org',
          phone: '03 53 73 10 01',
        },
      ],
      agreements: [
        {
          title: `Convention de résidence ${season.label}`,
          ...year,
          scope: 'Mise à disposition de la salle polyvalente, concert de fin de parcours',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.mairieLormes,
      type: 'municipality',
      addressLine: 'Mairie, place François-Mitterrand',
      commune: communes.lormes,
      contacts: [
        { name: 'Gérard Moreau', jobTitle: 'Secrétaire de mairie', phone: '03 53 73 10 02' },
      ],
      agreements: [
        {
          title: 'Prêt de la salle des fêtes',
          startsOn: season.on('09-01'),
          endsOn: null,
          scope: 'Gratuité de la salle pour les ateliers',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.ecoleMaternelleClamecy,
      type: 'nursery_school',
      addressLine: 'Rue Jean-Jaurès',
      commune: communes.clamecy,
      contacts: [
        {
          name: 'Nathalie Roux',
          jobTitle: 'Directrice',
          email: 'ce.maternelle.clamecy@example.org',
        },
      ],
      agreements: [
        {
          title: 'Projet éveil musical – moyenne et grande sections',
          ...year,
          scope: '10 séances d’éveil musical par classe',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.ecolePrimaireCorbigny,
      type: 'primary_school',
      addressLine: 'Rue Paul-Bert',
      commune: communes.corbigny,
      contacts: [
        {
          name: 'Olivier Blanc',
          jobTitle: 'Directeur, enseignant de CM1-CM2',
          email: 'ce.primaire.corbigny@example.org',
        },
      ],
      agreements: [
        {
          title: 'Parcours chant choral CM1-CM2',
          ...year,
          scope: 'Ateliers d’écriture et de chant, concert au gymnase',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.ecoleVitry,
      type: 'primary_school',
      addressLine: 'Rue Henri-Wallon',
      commune: communes.vitry,
      contacts: [
        { name: 'Samia Cherif', jobTitle: 'Directrice', email: 'ce.wallon.vitry@example.org' },
      ],
      agreements: [
        { title: `Classes chantantes ${season.label}`, ...year, scope: 'Deux classes de CE2' },
      ],
    },
    {
      name: DEMO_PARTNERS.collegeCorbigny,
      type: 'secondary_school',
      addressLine: 'Avenue Saint-Jean',
      commune: communes.corbigny,
      contacts: [{ name: 'Paul Vincent', jobTitle: 'Professeur d’éducation musicale' }],
      agreements: [],
    },
    {
      name: DEMO_PARTNERS.centreSocialVitry,
      type: 'social_centre',
      addressLine: 'Avenue de la République',
      commune: communes.vitry,
      notes: 'Porte l’éveil musical dans les centres de loisirs de la ville depuis 2017.',
      contacts: [
        {
          name: 'Leïla Haddad',
          jobTitle: 'Référente familles',
          email: 'familles@cs-balzac.example.org',
          phone: '01 99 00 20 01',
        },
        { name: 'Yannick Diallo', jobTitle: 'Directeur' },
      ],
      agreements: [
        {
          title: 'Convention éveil musical 0-6 ans',
          startsOn: `${season.startYear - 1}-09-01`,
          endsOn: `${season.startYear + 2}-07-02`,
          scope: 'Ateliers parents-enfants le mercredi',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.accueilDeLoisirsDecize,
      type: 'leisure_centre',
      addressLine: 'Rue des Écoles',
      commune: communes.decize,
      contacts: [{ name: 'Julie Fontaine', jobTitle: 'Directrice de l’accueil de loisirs' }],
      agreements: [],
    },
    {
      name: DEMO_PARTNERS.ehpadLuzy,
      type: 'nursing_home',
      addressLine: 'Route d’Autun',
      commune: communes.luzy,
      contacts: [{ name: 'Brigitte Lambert', jobTitle: 'Animatrice', phone: '03 53 73 10 05' }],
      agreements: [
        {
          title: 'Chœur intergénérationnel avec l’école de Luzy',
          ...year,
          scope: 'Répétitions mensuelles, concert commun',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.imeChateauChinon,
      type: 'disability_institute',
      addressLine: 'Faubourg de Paris',
      commune: communes.chateauChinon,
      contacts: [{ name: 'Christophe Mercier', jobTitle: 'Éducateur spécialisé' }],
      agreements: [
        {
          title: 'Ateliers percussions adaptés',
          startsOn: season.on('11-03'),
          endsOn: season.on('06-26'),
          scope: 'Un atelier tous les quinze jours',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.festivalSettons,
      type: 'festival',
      addressLine: 'Lac des Settons',
      commune: communes.settons,
      contacts: [
        { name: 'Anne Giraud', jobTitle: 'Programmatrice', email: 'prog@voixdeslacs.example.org' },
      ],
      agreements: [
        {
          title: 'Restitution des parcours au festival',
          startsOn: season.on('07-09'),
          endsOn: season.on('07-11'),
          scope: 'Scène ouverte des chorales d’enfants',
        },
      ],
    },
    {
      name: DEMO_PARTNERS.conservatoireNevers,
      type: 'conservatory',
      addressLine: 'Rue des Ardilliers',
      commune: communes.nevers,
      contacts: [{ name: 'François Dubois', jobTitle: 'Directeur adjoint' }],
      agreements: [],
    },
  ];
}

/** Inserts the partners; returns their ids by name. */
export async function seedDemoPartners(db: Db, orgId: string, season: DemoSeason) {
  const ids = new Map<string, string>();
  for (const seed of partnerSeeds(season)) {
    const [partner] = await db
      .insert(schema.partners)
      .values({
        orgId,
        name: seed.name,
        type: seed.type,
        addressLine: seed.addressLine,
        postalCode: seed.commune.postalCode,
        communeCode: seed.commune.communeCode,
        communeName: seed.commune.communeName,
        notes: seed.notes ?? null,
      })
      .returning({ id: schema.partners.id });
    ids.set(seed.name, partner!.id);
    if (seed.contacts.length > 0) {
      await db
        .insert(schema.partnerContacts)
        .values(seed.contacts.map((c) => ({ ...c, orgId, partnerId: partner!.id })));
    }
    if (seed.agreements.length > 0) {
      await db
        .insert(schema.partnerAgreements)
        .values(seed.agreements.map((a) => ({ ...a, orgId, partnerId: partner!.id })));
    }
  }
  return ids;
}
