// The words French offices use for types and bands: written by exports, read back by imports.
import type {
  AgeBand,
  ConsentStatus,
  EquipmentItem,
  GroupKind,
  PartnerType,
  VenueKind,
} from '@tutti/contracts';
import { foldHeader } from '../../platform/tabular';

/** The label an export writes first; the others are also understood on import. */
export const partnerTypeWords: Record<PartnerType, readonly string[]> = {
  municipality: ['Mairie', 'Commune', 'Municipalité', 'Ville', 'Town hall', 'Municipality'],
  nursery_school: ['École maternelle', 'Maternelle', 'Crèche', 'Nursery school'],
  primary_school: ['École élémentaire', 'École primaire', 'École', 'Primary school'],
  secondary_school: ['Collège', 'Lycée', 'Collège ou lycée', 'Secondary school'],
  leisure_centre: ['Centre de loisirs', 'Accueil de loisirs', 'ALSH', 'Leisure centre'],
  social_centre: ['Centre social', 'Maison de quartier', 'Espace de vie sociale', 'Social centre'],
  nursing_home: ['EHPAD', 'Maison de retraite', 'Résidence autonomie', 'Nursing home'],
  disability_institute: [
    'Établissement médico-social',
    'IME',
    'ESAT',
    'Foyer',
    'Disability institute',
  ],
  festival: ['Festival'],
  museum: ['Musée', 'Museum'],
  conservatory: ['Conservatoire', 'École de musique', 'Conservatory', 'Music school'],
  other: ['Autre', 'Association', 'Other'],
};

export const venueKindWords: Record<VenueKind, readonly string[]> = {
  community_hall: [
    'Salle des fêtes',
    'Salle polyvalente',
    'Foyer rural',
    'Salle communale',
    'Community hall',
  ],
  sports_hall: ['Gymnase', 'Salle de sport', 'Sports hall'],
  school: ['École', 'Établissement scolaire', 'Collège', 'Lycée', 'School'],
  church: ['Église', 'Chapelle', 'Temple', 'Abbaye', 'Church'],
  theatre: ['Théâtre', 'Theatre', 'Theater'],
  concert_hall: ['Salle de concert', 'Auditorium', 'Salle de spectacle', 'Concert hall'],
  social_centre: ['Centre social', 'Maison de quartier', 'Social centre'],
  nursing_home: ['EHPAD', 'Maison de retraite', 'Nursing home'],
  outdoor: ['Plein air', 'Extérieur', 'Kiosque', 'Parc', 'Outdoor'],
  other: ['Autre', 'Other'],
};

/** Words in a group's name that say what kind of group it is, for a group an import creates. */
export const groupKindWords: Record<Exclude<GroupKind, 'other'>, readonly string[]> = {
  class: [
    'Classe',
    'CP',
    'CE1',
    'CE2',
    'CM1',
    'CM2',
    'PS',
    'MS',
    'GS',
    'TPS',
    'Petite section',
    'Moyenne section',
    'Grande section',
    'Maternelle',
    'École',
    'Collège',
    'Lycée',
    '6e',
    '5e',
    '4e',
    '3e',
    'Seconde',
    'Première',
    'Terminale',
    'ULIS',
    'Class',
    'Klasse',
  ],
  leisure_centre_group: ['Centre de loisirs', 'Accueil de loisirs', 'ALSH', 'Périscolaire'],
  social_centre_group: ['Centre social', 'Maison de quartier', 'Espace de vie sociale'],
  choir: ['Chœur', 'Chorale', 'Choir', 'Chor', 'Ensemble vocal'],
  nursing_home_group: ['EHPAD', 'Maison de retraite', 'Résidence autonomie', 'Résidence', 'USLD'],
  disability_institute_group: ['IME', 'ESAT', 'Foyer', 'MAS', 'FAM', 'SESSAD', 'ITEP'],
  audience: ['Public', 'Spectateurs', 'Audience'],
};

/**
 * The kind a name says, by the first of `words` found in it as whole words ("CM1 B" is a
 * class, "EHPAD Les Tilleuls, aile B" a nursing-home group); `fallback` when none is.
 */
export function kindOfName<Code extends string>(
  name: string,
  words: Partial<Record<Code, readonly string[]>>,
  fallback: Code,
): Code {
  const folded = ` ${foldHeader(name)} `;
  for (const [code, list] of Object.entries(words) as [Code, readonly string[]][]) {
    if (list.some((word) => folded.includes(` ${foldHeader(word)} `))) return code;
  }
  return fallback;
}

/** One column of yes/no per item; the header an export writes first. */
export const equipmentHeaders: Record<EquipmentItem, readonly string[]> = {
  piano: ['Piano'],
  sound_system: ['Sono', 'Sonorisation', 'Système son', 'Sound system'],
  stage: ['Scène', 'Podium', 'Stage'],
  projector: ['Vidéoprojecteur', 'Projecteur', 'Projector'],
  chairs: ['Chaises', 'Sièges', 'Chairs'],
  dressing_room: ['Loges', 'Loge', 'Dressing room'],
  blackout: ['Occultation', 'Noir salle', 'Blackout'],
  wifi: ['Wi-Fi', 'Wifi', 'Internet'],
};

export const consentStatusLabels: Record<ConsentStatus, string> = {
  not_required: 'non requise (majeur·e)',
  given: 'donnée',
  missing: 'manquante',
};

/** "6-10 ans": with the unit, Excel in French does not take "6-10" for the 6th of October. */
export function ageBandLabel(band: AgeBand): string {
  return band === '65+' ? '65 ans et plus' : `${band} ans`;
}

/** Code from any of its words (or the code itself), ignoring case, accents and punctuation. */
export function wordIndex<Code extends string>(words: Record<Code, readonly string[]>) {
  const index = new Map<string, Code>();
  for (const [code, list] of Object.entries(words) as [Code, readonly string[]][]) {
    for (const word of [code, ...list]) {
      const folded = foldHeader(word);
      // The first code to claim a word keeps it ("École" is a primary school before a venue).
      if (!index.has(folded)) index.set(folded, code);
    }
  }
  return (text: string): Code | undefined => index.get(foldHeader(text));
}

export function firstWord<Code extends string>(words: Record<Code, readonly string[]>, code: Code) {
  return words[code][0]!;
}
