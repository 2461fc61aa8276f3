// A guardian's consent as offices write it in a class list: "oui"/"non" or the date it was given,
// the right to photos, who gave it and how to reach them. Read into a consent record whose
// source is the file (and its line), or into nothing, with each repair or assumption said.
import {
  type AgeBand,
  ConsentCreateBodySchema,
  type ConsentPurpose,
  type ImportIssue,
  isMinorAgeBand,
} from '@tutti/contracts';
import { addDays } from '@tutti/kit/dates';
import { z } from 'zod';
import { foldHeader, parseBoolean, readDate } from '../../platform/tabular';
import type { Cells } from './import-types';
import { type LineReader, zodIssues } from './line-reader';

/** A consent as an import records it: the guardian may be unnamed in the file. */
export const ImportedConsentSchema = ConsentCreateBodySchema.extend({
  guardianName: z.string().trim().min(1).max(160).nullable(),
});
export type ImportedConsent = z.infer<typeof ImportedConsentSchema>;

/** The consent columns: any of them makes the file one that speaks of consents. */
export const CONSENT_KEYS = [
  'consent',
  'consentDate',
  'photoConsent',
  'guardianName',
  'guardianPhone',
  'guardianEmail',
] as const;

/** Words for "given" beyond yes, and what Tutti's own export writes ("donnée"). */
const GIVEN = new Set(
  ['donnée', 'signée', 'reçue', 'ok', 'accord', 'autorisée', 'given', 'signed', 'erteilt'].map(
    foldHeader,
  ),
);
/** Words for "not given" beyond no: missing, refused, not required (adults, in Tutti's export). */
const NOT_GIVEN = new Set(
  [
    'manquante',
    'non requise',
    'refusée',
    'absente',
    'en attente',
    'missing',
    'not required',
    'refused',
    'fehlt',
  ].map(foldHeader),
);

/**
 * A phone in the international form consents keep (+33…): a French number written 06 12 34 56 78,
 * or with its leading zero dropped by a spreadsheet (612345678), or with 00 for +. Null when
 * it is none of these.
 */
export function internationalPhone(text: string): { phone: string; repaired: boolean } | null {
  const digits = text.replace(/[\s.\-()/]/g, '');
  if (/^\+[1-9]\d{7,14}$/.test(digits)) return { phone: digits, repaired: false };
  if (/^00[1-9]\d{7,14}$/.test(digits)) return { phone: `+${digits.slice(2)}`, repaired: true };
  if (/^0[1-9]\d{8}$/.test(digits)) return { phone: `+33${digits.slice(1)}`, repaired: true };
  if (/^[1-9]\d{8}$/.test(digits)) return { phone: `+33${digits}`, repaired: true };
  return null;
}

type Given = { given: boolean | null; date: string | null };

/** The day of the import, worked out once for every line: consents are dated up to `latest`. */
export type ImportDay = { today: string; latest: string; noon: Date };

export function importDay(today: string): ImportDay {
  // The consent form's rule: not after tomorrow (a day ahead of UTC somewhere).
  return { today, latest: addDays(today, 1), noon: new Date(`${today}T12:00:00Z`) };
}

/** The consent cell: yes, no, a date (given that day), or blank; an issue otherwise. */
function readGiven(line: LineReader, day: ImportDay, issues: ImportIssue[]): Given {
  const cell = line.raw('consent');
  if (cell === null) return { given: null, date: null };
  const word = typeof cell === 'string' ? foldHeader(cell) : null;
  const yesNo = parseBoolean(cell);
  if (yesNo === true || (word && GIVEN.has(word))) return { given: true, date: null };
  if (yesNo === false || (word && NOT_GIVEN.has(word))) return { given: false, date: null };
  const date = readConsentDate(line, 'consent', day, issues);
  if (date === undefined) issues.push(line.issue('consent', 'invalidConsent'));
  return { given: date ? true : null, date: date ?? null };
}

/** A date cell: the date, null when blank or wrong (an issue then), undefined when not a date. */
function readConsentDate(line: LineReader, key: string, day: ImportDay, issues: ImportIssue[]) {
  const cell = line.raw(key);
  if (cell === null) return null;
  const reading = readDate(cell, day.noon);
  if (!reading) return undefined;
  if (reading.date > day.latest) {
    issues.push(line.issue(key, 'futureDate'));
    return null;
  }
  for (const repair of reading.repairs) issues.push(line.warning(key, repair));
  return reading.date;
}

/**
 * The line's consent, or null: recorded for a minor whose consent column says given (or
 * gives a date), or whose photo column says yes; given on the date written, else on the day
 * of the import (said on the line). A consent for an adult, or a guardian's contact without a
 * consent, is not kept, and the line says so.
 */
export function readConsent(
  line: LineReader,
  ageBand: AgeBand | null,
  day: ImportDay,
  cells: Cells,
): { consent: ImportedConsent | null; issues: ImportIssue[] } {
  const issues: ImportIssue[] = [];
  if (!CONSENT_KEYS.some((key) => line.has(key))) return { consent: null, issues };
  const { given, date: dateInCell } = readGiven(line, day, issues);
  let date = dateInCell;
  const dated = readConsentDate(line, 'consentDate', day, issues);
  if (dated === undefined) issues.push(line.issue('consentDate', 'invalidDate'));
  else if (dated) date = dated;
  // A date written but wrong is an error already: not also "unknown".
  const dateWritten = date !== null || line.raw('consentDate') !== null;
  const photos = parseBoolean(line.raw('photoConsent'));
  if (photos === undefined) issues.push(line.issue('photoConsent', 'invalidBoolean'));
  const purposes: ConsentPurpose[] = [
    ...(given === true || (given === null && date) ? (['participation'] as const) : []),
    ...(photos === true ? (['photos'] as const) : []),
  ];
  const guardianKeys = ['guardianName', 'guardianPhone', 'guardianEmail'] as const;
  const contact = guardianKeys.find((key) => line.text(key) !== null);
  if (purposes.length === 0) {
    if (contact) issues.push({ ...line.warning(contact, 'guardianWithoutConsent'), value: null });
    // "Not given" matters for a minor only (Tutti's own export writes "non requise" for adults).
    const minor = ageBand === null || isMinorAgeBand(ageBand);
    cells.consent = given === false && minor ? 'false' : null;
    return { consent: null, issues };
  }
  // The column that said "given": the consent's, else the photos'.
  const saidBy = given === true || dateInCell ? 'consent' : 'photoConsent';
  if (ageBand && !isMinorAgeBand(ageBand)) {
    issues.push(line.warning(saidBy, 'consentNotNeeded'));
    cells.consent = null;
    return { consent: null, issues };
  }
  if (!dateWritten) issues.push(line.warning(saidBy, 'consentDateUnknown'));
  const phoneText = line.text('guardianPhone');
  const phone = phoneText ? internationalPhone(phoneText) : null;
  if (phoneText && !phone) issues.push(line.issue('guardianPhone', 'invalidPhone'));
  if (phone?.repaired) issues.push(line.warning('guardianPhone', 'phoneMadeInternational'));
  const parsed = ImportedConsentSchema.safeParse({
    guardianName: line.text('guardianName'),
    guardianEmail: line.text('guardianEmail'),
    guardianPhone: phone?.phone ?? null,
    givenOn: date ?? day.today,
    method: 'paper',
    purposes,
  });
  if (!parsed.success) {
    const reported = new Set(issues.map((i) => i.field));
    const keyOf = (path: readonly PropertyKey[]) =>
      ['guardianName', 'guardianEmail', 'guardianPhone'].includes(String(path[0]))
        ? String(path[0])
        : 'consent';
    issues.push(...zodIssues(line, parsed.error, keyOf).filter((i) => !reported.has(i.field)));
    return { consent: null, issues };
  }
  cells.consent = parsed.data.givenOn;
  return { consent: parsed.data, issues };
}
