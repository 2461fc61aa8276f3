// Ensembles from a list the network keeps (choirs, bands, harmonies, orchestras, music schools):
// name, kind, commune, rehearsal day and time (or an RFC 5545 rule), repertoire, parts sought,
// audition, fees, contact. Each becomes a published listing confirmed on the day of the import.
import {
  EnsembleCreateBodySchema,
  type EnsembleKind,
  type EnsembleLanguage,
  type EnsemblePart,
  ensembleKinds,
  ensembleLanguages,
  ensembleParts,
  type ImportIssue,
  languageName,
  type MusicGenre,
  musicGenres,
  type WeekdayCode,
  weekdayCodes,
} from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import { parseBoolean, parseDecimal } from '../../platform/tabular';
import { insertImportedEnsemble, listEnsembleNames, ruleProblem } from '../directory';
import { ensembleSpecs as specs } from './ensembles.headers';
import type { Cells, Importer, LineOutcome, Mention } from './import-types';
import { wordIndex } from './labels';
import { zodIssues } from './line-reader';
import { communeOf, placeKey, previewFields, readCommune } from './place-fields';

/** Every language's word for each code, and extra ones offices write. */
function vocabularyWords<Code extends string>(
  codes: readonly Code[],
  pick: (locale: 'fr' | 'en' | 'de') => Record<Code, string>,
  extra: Partial<Record<Code, string[]>> = {},
) {
  return Object.fromEntries(
    codes.map((code) => [
      code,
      [pick('fr')[code], pick('en')[code], pick('de')[code], ...(extra[code] ?? [])],
    ]),
  ) as Record<Code, string[]>;
}

/** What offices write besides each language's name in French, English and German. */
const LANGUAGE_WORDS: Partial<Record<EnsembleLanguage, string[]>> = {
  fr: ['FR', 'Français', 'French'],
  en: ['Anglais', 'English'],
  de: ['Allemand', 'Deutsch'],
  lb: ['Luxembourgeois', 'Lëtzebuergesch'],
  oc: ['Occitan', 'Provençal'],
  gsw: ['Alsacien', 'Elsässisch', 'Alsatian'],
  co: ['Corse'],
  br: ['Breton', 'Brezhoneg'],
  eu: ['Basque', 'Euskara'],
  fsl: ['LSF', 'Langue des signes', 'Langue des signes française', 'Chansigne'],
};

const kindOf = wordIndex(
  vocabularyWords(ensembleKinds, (l) => VOCABULARY[l].ensembleKind, {
    choir: ['Chœur', 'Choeur', 'Chorale'],
    band: ['Fanfare', 'Groupe', 'Batucada', 'Bagad'],
    harmony: ['Harmonie municipale', 'Orchestre d’harmonie'],
    music_school: ['Conservatoire', 'École de musique'],
  }),
);
const genreOf = wordIndex(
  vocabularyWords(musicGenres, (l) => VOCABULARY[l].musicGenre, {
    sacred: ['Sacré', 'Liturgique'],
    pop_rock: ['Pop', 'Rock', 'Variété', 'Variétés'],
    world: ['Monde'],
    traditional: ['Traditionnel', 'Trad', 'Folk'],
  }),
);
const partOf = wordIndex(
  vocabularyWords(ensembleParts, (l) => VOCABULARY[l].ensemblePart, {
    soprano: ['Soprano'],
    alto: ['Alto (voix)'],
    tenor: ['Ténor', 'Tenor'],
    bass: ['Basse', 'Bass'],
    violin: ['Violon'],
    cello: ['Violoncelle'],
    flute: ['Flûte'],
    clarinet: ['Clarinette'],
    trumpet: ['Trompette'],
    trombone: ['Trombone'],
    guitar: ['Guitare'],
  }),
);
const languageOf = wordIndex(
  Object.fromEntries(
    ensembleLanguages.map((code) => [
      code,
      [
        languageName(code, 'fr'),
        languageName(code, 'en'),
        languageName(code, 'de'),
        ...(LANGUAGE_WORDS[code] ?? []),
      ],
    ]),
  ) as Record<EnsembleLanguage, string[]>,
);
const dayOf = wordIndex(
  vocabularyWords(weekdayCodes, (l) => VOCABULARY[l].weekday, {
    MO: ['lun'],
    TU: ['mar'],
    WE: ['mer'],
    TH: ['jeu'],
    FR: ['ven'],
    SA: ['sam'],
    SU: ['dim'],
  }),
);

/** "Répertoire : jazz, gospel" → the codes named; the words nobody knows are said on the line. */
function listCell<Code extends string>(
  text: string | null,
  read: (word: string) => Code | undefined,
) {
  if (!text) return { values: [] as Code[], unknown: [] as string[] };
  const words = text
    .split(/[,;/]|\bet\b|\band\b|\bund\b/)
    .map((w) => w.trim())
    .filter(Boolean);
  const values = [...new Set(words.flatMap((w) => read(w) ?? []))];
  return { values, unknown: words.filter((w) => !read(w)) };
}

/** "20h", "20 h 30", "20:30", "8.30 pm" → "20:30"; null when it is not a time. */
export function readTime(text: string): string | null {
  const match = /^(\d{1,2})\s*(?:[h:.]\s*(\d{2})?)?\s*(am|pm)?$/i.exec(text.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  if (match[3]?.toLowerCase() === 'pm' && hours < 12) hours += 12;
  const minutes = Number(match[2] ?? '0');
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

const toCents = (value: number | null) => (value === null ? null : Math.round(value * 100));

export const ensemblesImporter: Importer = {
  entity: 'ensembles',
  specs,
  requiredKeys: () => [['name'], ['kind'], ['communeName', 'communeCode', 'postalCode']],
  displayFields: (keys) => previewFields(specs, keys),

  async prepare(_tx, _actor, { communes }) {
    return (line): LineOutcome => {
      const cells: Cells = Object.fromEntries(
        specs.filter((s) => line.has(s.field)).map((s) => [s.field, line.text(s.field)]),
      );
      const issues: ImportIssue[] = [];
      const kindText = line.text('kind');
      const kind: EnsembleKind | undefined = kindText ? kindOf(kindText) : undefined;
      if (kindText && !kind) issues.push(line.issue('kind', 'invalidChoice'));
      if (kind) cells.kind = kind;
      const place = readCommune(line, communes, cells);
      issues.push(...place.issues);
      const mentions: Record<string, Mention> = place.mention ? { commune: place.mention } : {};
      const genres = listCell<MusicGenre>(line.text('genres'), genreOf);
      const parts = listCell<EnsemblePart>(line.text('partsSought'), partOf);
      if (genres.unknown.length > 0) issues.push(line.warning('genres', 'invalidChoice'));
      if (parts.unknown.length > 0) issues.push(line.warning('partsSought', 'invalidChoice'));
      // Languages decide who can join: a word nobody knows is an error, not a guess.
      const languages = listCell<EnsembleLanguage>(line.text('workingLanguages'), languageOf);
      if (languages.unknown.length > 0) {
        issues.push(
          line.issue('workingLanguages', 'invalidChoice', { value: languages.unknown.join(', ') }),
        );
      }
      if (languages.values.length > 0) cells.workingLanguages = languages.values.join(', ');
      const days = listCell<WeekdayCode>(line.text('day'), dayOf);
      if (days.unknown.length > 0) issues.push(line.issue('day', 'invalidChoice'));
      const timeText = line.text('time');
      const time = timeText ? readTime(timeText) : null;
      if (timeText && !time) issues.push(line.issue('time', 'invalid'));
      const rule =
        line.text('rule') ??
        (days.values.length > 0 ? `FREQ=WEEKLY;BYDAY=${days.values.join(',')}` : null);
      if (line.text('rule') && ruleProblem(line.text('rule')!))
        issues.push(line.issue('rule', 'invalid'));
      const audition = parseBoolean(line.raw('auditionRequired'));
      if (audition === undefined) issues.push(line.issue('auditionRequired', 'invalidBoolean'));
      const fee = (key: string) => {
        const raw = line.raw(key);
        if (raw === null) return null;
        const value = parseDecimal(String(raw).replace('€', '').trim());
        if (value === null) issues.push(line.issue(key, 'invalidNumber'));
        return toCents(value);
      };
      const body = {
        name: line.text('name') ?? undefined,
        kind,
        places: [
          {
            addressLine: line.text('addressLine'),
            postalCode: place.postalCode,
            communeCode: place.commune?.code ?? null,
            communeName: place.commune?.name ?? null,
          },
        ],
        rehearsals: rule ? [{ rule, startTime: time ?? '20:00', durationMin: 120 }] : [],
        genres: genres.values,
        partsSought: parts.values,
        workingLanguages: languages.values,
        auditionRequired: audition ?? false,
        annualFeeCents: fee('annualFee'),
        solidarityFeeCents: fee('solidarityFee'),
        description: line.text('description'),
        contactName: line.text('contactName'),
        contactEmail: line.text('contactEmail'),
        contactPhone: line.text('contactPhone'),
        website: line.text('website'),
      };
      const parsed = EnsembleCreateBodySchema.safeParse(body);
      if (!parsed.success) {
        const reported = new Set(issues.map((i) => i.field));
        const field = (path: readonly PropertyKey[]) =>
          path[0] === 'places'
            ? 'communeName'
            : path[0] === 'rehearsals'
              ? line.has('rule')
                ? 'rule'
                : 'day'
              : path[0] === 'annualFeeCents'
                ? 'annualFee'
                : path[0] === 'solidarityFeeCents'
                  ? 'solidarityFee'
                  : String(path[0]);
        const fresh = zodIssues(line, parsed.error, field);
        // A commune waiting for a choice is not an error of the line.
        issues.push(
          ...fresh.filter(
            (i) => !reported.has(i.field) && !(place.mention && i.field === 'communeName'),
          ),
        );
      }
      const errors = issues.some((i) => i.severity === 'error');
      if (errors) return { cells, issues, values: null, mentions };
      return { cells, issues, values: parsed.success ? parsed.data : body, mentions };
    };
  },

  // Ensembles name no record of the organisation: only communes, which have their own suggestions.
  suggest: async () => {},
  findTarget: async () => null,
  create: async () => new Map(),

  fill(values, targets) {
    const ensemble = values as { places: Record<string, unknown>[] };
    return {
      ...ensemble,
      places: ensemble.places.map((place) => ({ ...place, ...communeOf(targets.commune) })),
    };
  },

  keyOf(values) {
    const ensemble = values as { name: string; places: { communeCode?: string | null }[] };
    return placeKey(ensemble.name, ensemble.places[0]?.communeCode);
  },

  async existingKeys(tx, orgId, keys) {
    const existing = new Set(
      (await listEnsembleNames(tx, orgId)).map((e) => placeKey(e.name, e.communeCode)),
    );
    return new Set(keys.filter((key) => existing.has(key)));
  },

  references: async () => null,

  async insertMany(tx, orgId, lines) {
    for (const line of lines) {
      await insertImportedEnsemble(tx, orgId, EnsembleCreateBodySchema.parse(line));
    }
    return { consents: 0 };
  },
};
