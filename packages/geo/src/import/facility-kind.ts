// Classification of cultural facilities by the live music they are likely to host.

import { normalizeName } from '../text/normalize';

export type FacilityKind =
  | 'conservatory'
  | 'music-school'
  | 'opera'
  | 'concert-hall'
  | 'performing-arts-stage'
  | 'other';

/** Kinds assumed to host live music during the year (see README "Cultural facilities"). */
export const LIVE_MUSIC_KINDS: readonly FacilityKind[] = [
  'conservatory',
  'music-school',
  'opera',
  'concert-hall',
  'performing-arts-stage',
];

export type FacilityDescription = {
  type: string;
  domain?: string | null;
  subdomain?: string | null;
  labels?: readonly string[];
  name?: string;
};

// Checked in order on the folded type, labels and name.
const RULES: [FacilityKind, RegExp][] = [
  ['conservatory', /\bconservatoire\b/],
  ['music-school', /\becole (municipale |intercommunale |departementale )?de musique\b/],
  ['opera', /\bopera\b/],
  [
    'concert-hall',
    /\b(musiques actuelles|smac|salle de concert|auditorium|orchestre|zenith|creation musicale|philharmonie)\b/,
  ],
];

/**
 * Classifies a facility from the Ministry of Culture's base (type, domain, sub-domain,
 * labels, name). Music-specific kinds first; other performing-arts venues (theatres,
 * national stages, multi-purpose halls) are `performing-arts-stage`; museums, libraries,
 * cinemas, monuments and archives are `other`.
 *
 * @example classifyFacility({ type: 'Conservatoire', labels: ['Conservatoire à rayonnement régional'] }) // "conservatory"
 */
export function classifyFacility(description: FacilityDescription): FacilityKind {
  const text = normalizeName(
    [description.type, ...(description.labels ?? []), description.name ?? ''].join(' '),
  );
  for (const [kind, pattern] of RULES) if (pattern.test(text)) return kind;
  const domain = normalizeName(`${description.domain ?? ''} ${description.subdomain ?? ''}`);
  if (/\bmusique\b/.test(domain)) return 'concert-hall';
  const type = normalizeName(description.type);
  if (/\b(spectacle|theatre|scene)\b/.test(`${domain} ${type}`)) return 'performing-arts-stage';
  return 'other';
}
