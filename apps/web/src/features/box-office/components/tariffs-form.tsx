// The concert's tariffs as editable rows: kind, price (or floor and ceiling), conditions, limit.
import { type BoxOffice, TariffsReplaceBodySchema, tariffKinds } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, RowsFieldset, SelectField, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { centsFromEuros, eurosFromCents } from '@/lib/money';
import { readForm } from '@/lib/read-form';
import { useReplaceTariffs } from '../api/box-office';

type Row = BoxOffice['tariffs'][number] | null;

function readTariffs(form: HTMLFormElement) {
  return {
    tariffs: readForm(form)
      .rows('tariffs')
      .map((row) => ({
        ...(row.id ? { id: row.id } : {}),
        kind: row.kind,
        priceCents: centsFromEuros(row.price),
        floorCents: centsFromEuros(row.floor),
        ceilingCents: centsFromEuros(row.ceiling),
        conditions: row.conditions ?? '',
        seatLimit: row.seatLimit ? Number(row.seatLimit) : null,
      })),
  };
}

export function TariffsForm(props: { orgId: string; box: BoxOffice; onDone: () => void }) {
  const { t } = useTranslation('boxOffice');
  const replace = useReplaceTariffs(props.orgId, props.box.sessionId);
  const form = useSchemaForm({
    schema: TariffsReplaceBodySchema,
    read: readTariffs,
    onSubmit: async (body) => {
      await replace.mutateAsync(body);
      props.onDone();
    },
  });
  const at = form.fieldErrorAt;
  return (
    <Form formProps={form.formProps} error={form.formError} label={t('tariffsLegend')}>
      <RowsFieldset<Row>
        name="tariffs"
        legend={t('tariffsLegend')}
        addLabel={t('addTariff')}
        initial={props.box.tariffs}
        blank={() => null}
        rowClassName="rows-editor__row--wide"
        renderRow={({ at: prefix, value, index }) => (
          <div className="tariff-row">
            {value ? <input type="hidden" name={`${prefix}.id`} value={value.id} /> : null}
            <SelectField
              name={`${prefix}.kind`}
              label={t('form.kind', { index: index + 1 })}
              defaultValue={value?.kind ?? 'full'}
              options={tariffKinds.map((kind) => ({ value: kind, label: t(`kind.${kind}`) }))}
            />
            <TextField
              name={`${prefix}.price`}
              label={t('form.price')}
              inputMode="decimal"
              defaultValue={eurosFromCents(value?.priceCents)}
              error={at(`${prefix}.priceCents`)}
            />
            <TextField
              name={`${prefix}.floor`}
              label={t('form.floor')}
              inputMode="decimal"
              defaultValue={eurosFromCents(value?.floorCents)}
              error={at(`${prefix}.floorCents`)}
            />
            <TextField
              name={`${prefix}.ceiling`}
              label={t('form.ceiling')}
              inputMode="decimal"
              defaultValue={eurosFromCents(value?.ceilingCents)}
              error={at(`${prefix}.ceilingCents`)}
            />
            <TextField
              name={`${prefix}.seatLimit`}
              label={t('form.seatLimit')}
              inputMode="numeric"
              defaultValue={value?.seatLimit ?? ''}
              error={at(`${prefix}.seatLimit`)}
            />
            <TextField
              name={`${prefix}.conditions`}
              label={t('form.conditions')}
              maxLength={300}
              defaultValue={value?.conditions ?? ''}
              error={at(`${prefix}.conditions`)}
            />
          </div>
        )}
      />
      <div className="box-office__actions">
        <Button type="submit" pending={form.pending}>
          {t('save')}
        </Button>
        <Button variant="secondary" onClick={props.onDone}>
          {t('cancelEdit')}
        </Button>
      </div>
    </Form>
  );
}
