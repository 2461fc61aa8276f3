// The concert's relay allocations as editable rows (relay, seats, last day to name guests, days
// before the concert when unnamed seats go back to the public), with a suggested split that
// fills the rows for the coordinator to check, change and save.
import {
  type ConcertSeatLayers,
  DEFAULT_RELEASE_DAYS_BEFORE,
  RelayAllocationsReplaceBodySchema,
  type RelaySuggestion,
} from '@tutti/contracts';
import { type FormEvent, type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Form,
  RowsFieldset,
  ScrollTable,
  SelectField,
  TextField,
} from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { usePartnerOptions } from '@/lib/lookups';
import { readForm } from '@/lib/read-form';
import { useReplaceAllocations, useSuggestAllocations } from '../api/seat-layers';

type Row = {
  partnerId: string;
  seats: number;
  validUntil: string | null;
  releaseDaysBefore: number;
};

function readAllocations(form: HTMLFormElement) {
  return {
    allocations: readForm(form)
      .rows('allocations')
      .map((row) => ({
        partnerId: row.partnerId ?? '',
        seats: row.seats ? Number(row.seats) : Number.NaN,
        validUntil: row.validUntil || null,
        releaseDaysBefore: row.releaseDaysBefore
          ? Number(row.releaseDaysBefore)
          : DEFAULT_RELEASE_DAYS_BEFORE,
      })),
  };
}

export function AllocationsForm(props: {
  orgId: string;
  layers: ConcertSeatLayers;
  onDone: () => void;
}) {
  const { t } = useTranslation('relaySeats');
  const errorText = useErrorText();
  const replace = useReplaceAllocations(props.orgId, props.layers.sessionId);
  const suggest = useSuggestAllocations(props.orgId, props.layers.sessionId);
  const partners = usePartnerOptions(props.orgId);
  const [rows, setRows] = useState<{ version: number; rows: Row[] }>({
    version: 0,
    rows: props.layers.allocations,
  });
  const [suggestion, setSuggestion] = useState<RelaySuggestion | null>(null);
  const form = useSchemaForm({
    schema: RelayAllocationsReplaceBodySchema,
    read: readAllocations,
    onSubmit: async (body) => {
      await replace.mutateAsync(body);
      props.onDone();
    },
  });
  const at = form.fieldErrorAt;
  const formRef = form.formProps.ref as RefObject<HTMLFormElement | null>;
  // Partners already allocated stay choosable even beyond the first page of the lookup.
  const names = new Map<string, string>(
    props.layers.allocations.map((allocation) => [allocation.partnerId, allocation.partnerName]),
  );
  for (const partner of partners.data ?? []) names.set(partner.id, partner.name);
  for (const item of suggestion?.items ?? []) names.set(item.partnerId, item.partnerName);
  const options = [
    { value: '', label: t('form.choosePartner') },
    ...[...names].map(([value, label]) => ({ value, label })),
  ];

  const runSuggestion = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const seats = readForm(event.currentTarget).number('suggestSeats') ?? Number.NaN;
    const chosen = formRef.current
      ? readAllocations(formRef.current)
          .allocations.map((allocation) => allocation.partnerId)
          .filter(Boolean)
      : [];
    const result = await suggest.mutateAsync({
      seats,
      ...(chosen.length > 0 ? { partnerIds: [...new Set(chosen)] } : {}),
    });
    setSuggestion(result);
    const current = formRef.current ? readAllocations(formRef.current).allocations : [];
    setRows((previous) => ({
      version: previous.version + 1,
      rows: result.items.map((item) => {
        const kept = current.find((allocation) => allocation.partnerId === item.partnerId);
        return {
          partnerId: item.partnerId,
          seats: item.seats,
          validUntil: kept?.validUntil ?? null,
          releaseDaysBefore: kept?.releaseDaysBefore ?? DEFAULT_RELEASE_DAYS_BEFORE,
        };
      }),
    }));
  };

  const defaultSeats =
    props.layers.ledger.issued > 0
      ? props.layers.ledger.issued
      : Math.min(20, props.layers.unallocated ?? 20) || 1;

  return (
    <div className="allocations-editor">
      <section className="seat-layers__suggest" aria-labelledby="relay-suggest">
        <h3 id="relay-suggest">{t('suggestTitle')}</h3>
        <p>{t('suggestFormula')}</p>
        <form className="seat-layers__suggest-form" onSubmit={runSuggestion}>
          <TextField
            name="suggestSeats"
            label={t('suggestSeats')}
            inputMode="numeric"
            defaultValue={String(defaultSeats)}
          />
          <Button type="submit" variant="secondary" pending={suggest.isPending}>
            {t('suggest')}
          </Button>
        </form>
        {suggest.isError ? <Alert tone="error">{errorText(suggest.error)}</Alert> : null}
        {suggestion ? (
          <>
            <Alert tone="info">{t('suggestApplied')}</Alert>
            <SuggestionTable suggestion={suggestion} />
          </>
        ) : null}
      </section>
      <Form formProps={form.formProps} error={form.formError} label={t('allocationsLegend')}>
        <RowsFieldset<Row | null>
          key={rows.version}
          name="allocations"
          legend={t('allocationsLegend')}
          addLabel={t('addAllocation')}
          initial={rows.rows}
          blank={() => null}
          rowClassName="allocation-editor-row"
          renderRow={({ at: prefix, value, index }) => (
            <div className="allocation-row">
              <SelectField
                name={`${prefix}.partnerId`}
                label={t('form.partner', { index: index + 1 })}
                defaultValue={value?.partnerId ?? ''}
                options={options}
                error={at(`${prefix}.partnerId`)}
              />
              <TextField
                name={`${prefix}.seats`}
                label={t('form.seats')}
                inputMode="numeric"
                defaultValue={value ? String(value.seats) : ''}
                error={at(`${prefix}.seats`)}
              />
              <TextField
                name={`${prefix}.validUntil`}
                label={t('form.validUntil')}
                type="date"
                defaultValue={value?.validUntil ?? ''}
                error={at(`${prefix}.validUntil`)}
              />
              <TextField
                name={`${prefix}.releaseDaysBefore`}
                label={t('form.releaseDaysBefore')}
                inputMode="numeric"
                defaultValue={String(value?.releaseDaysBefore ?? DEFAULT_RELEASE_DAYS_BEFORE)}
                error={at(`${prefix}.releaseDaysBefore`)}
              />
            </div>
          )}
        />
        <div className="seat-layers__actions">
          <Button type="submit" pending={form.pending}>
            {t('saveAllocations')}
          </Button>
          <Button variant="secondary" onClick={props.onDone}>
            {t('cancelEdit')}
          </Button>
        </div>
      </Form>
    </div>
  );
}

function SuggestionTable({ suggestion }: { suggestion: RelaySuggestion }) {
  const { t, i18n } = useTranslation('relaySeats');
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const percent = new Intl.NumberFormat(i18n.language, { style: 'percent' });
  return (
    <ScrollTable label={t('suggestionCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('suggestionCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('relay')}</th>
            <th scope="col" className="num">
              {t('accessScore')}
            </th>
            <th scope="col" className="num">
              {t('priorityShare')}
            </th>
            <th scope="col" className="num">
              {t('weight')}
            </th>
            <th scope="col" className="num">
              {t('seats')}
            </th>
          </tr>
        </thead>
        <tbody>
          {suggestion.items.map((item) => (
            <tr key={item.partnerId}>
              <th scope="row">
                {item.partnerName}
                <br />
                <span className="muted">{t('communes', { count: item.communes })}</span>
              </th>
              <td className="num">
                {item.accessScore === null ? t('unknown') : number.format(item.accessScore)}
              </td>
              <td className="num">
                {item.priorityShare === null ? t('unknown') : percent.format(item.priorityShare)}
              </td>
              <td className="num">{number.format(item.weight)}</td>
              <td className="num">{item.seats}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
