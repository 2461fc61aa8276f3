// The chair's export of the ranking and decisions, in the reader's language (CSV or XLSX).
import type { CallDecision, Locale } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { type ExportTable, exportCsv, exportXlsx } from '../../platform/tabular';
import { textIn } from './calls.presenter';
import { requireChairedCall } from './calls.service';
import { rankingOf } from './deliberation.service';

const exportHeaders: Record<Locale, string[]> = {
  fr: [
    'Partie',
    'Rang',
    'Ex aequo',
    'Code',
    'Nom',
    'Moyenne',
    'Normalisée',
    'Écart',
    'Désaccord',
    'Notes',
    'Qualité d’enregistrement',
    'Décision',
  ],
  en: [
    'Part',
    'Rank',
    'Tied',
    'Code',
    'Name',
    'Mean',
    'Normalised',
    'Spread',
    'Disagreement',
    'Scores',
    'Recording quality',
    'Decision',
  ],
  de: [
    'Stimme',
    'Rang',
    'Gleichstand',
    'Code',
    'Name',
    'Mittel',
    'Normalisiert',
    'Streuung',
    'Uneinigkeit',
    'Bewertungen',
    'Aufnahmequalität',
    'Entscheidung',
  ],
};
const yesNo: Record<Locale, [string, string]> = {
  fr: ['oui', 'non'],
  en: ['yes', 'no'],
  de: ['ja', 'nein'],
};
const decisionWords: Record<Locale, Record<CallDecision, string>> = {
  fr: { selected: 'retenu·e', waiting: 'liste d’attente', declined: 'non retenu·e' },
  en: { selected: 'selected', waiting: 'waiting list', declined: 'declined' },
  de: { selected: 'ausgewählt', waiting: 'Warteliste', declined: 'abgelehnt' },
};

export async function exportRanking({
  actor,
  callId,
  format,
  locale,
}: {
  actor: OrgActor;
  callId: string;
  format: 'csv' | 'xlsx';
  locale: Locale;
}) {
  requirePermission(actor, 'calls.deliberate');
  const { call, result } = await actor.inTenant(async (tx) => {
    const row = await requireChairedCall(tx, actor, callId);
    return { call: row, result: await rankingOf(tx, row, 2.5) };
  });
  const [yes, no] = yesNo[locale];
  const table: ExportTable = {
    name: textIn(call.title, locale).slice(0, 31),
    header: exportHeaders[locale],
    rows: result.parts.flatMap((part) =>
      part.items.map((item) => [
        call.parts.find((p) => p.key === part.part)?.label[locale] ?? part.part ?? '',
        item.rank,
        item.tied ? yes : no,
        item.code,
        item.name,
        item.mean,
        item.normalised,
        item.spread,
        item.disagreement ? yes : no,
        item.scoreCount,
        item.recordingQuality,
        item.decision ? decisionWords[locale][item.decision] : '',
      ]),
    ),
  };
  const fileName = `appel-${call.publicCode}.${format}`;
  return format === 'csv'
    ? { fileName, contentType: 'text/csv; charset=utf-8', body: exportCsv(table, locale) }
    : {
        fileName,
        contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        body: await exportXlsx([table], locale),
      };
}
