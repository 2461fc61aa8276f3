// Lend copies of a piece to a singer: the piece (with what is left on the shelf), the singer
// (of the reader's parts), how many, the day and a note. The API refuses more than the shelf
// holds, naming the field.
import { ChoirScoreLoanBodySchema, type ChoirScoreShelf } from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Form, SelectField, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { useLendScores } from '../api/scores';

export function ScoresLendForm({ choirId, shelf }: { choirId: string; shelf: ChoirScoreShelf }) {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const lend = useLendScores(orgId, choirId);
  const [done, setDone] = useState<string | null>(null);
  const lendable = shelf.pieces.filter((piece) => piece.copiesOwned > 0);
  const form = useSchemaForm({
    schema: ChoirScoreLoanBodySchema,
    read: (element) => {
      const data = new FormData(element);
      return {
        pieceId: data.get('pieceId'),
        memberId: data.get('memberId'),
        copies: Number(data.get('copies')),
        lentOn: data.get('lentOn') || undefined,
        note: String(data.get('note') ?? '') || null,
      };
    },
    onSubmit: async (values, element) => {
      setDone(null);
      await lend.mutateAsync(values);
      const singer = shelf.singers.find((s) => s.id === values.memberId);
      const piece = shelf.pieces.find((p) => p.pieceId === values.pieceId);
      setDone(
        t('scores.lent_done', {
          count: values.copies,
          title: piece?.title ?? '',
          name: singer?.firstName ?? '',
        }),
      );
      element.reset();
    },
  });
  return (
    <Card title={t('scores.lend')}>
      {lendable.length === 0 ? (
        <p>{t('scores.noneOwned')}</p>
      ) : (
        <Form formProps={form.formProps} error={form.formError} label={t('scores.lend')}>
          {done ? <Alert tone="success">{done}</Alert> : null}
          <div className="scores-lend">
            <SelectField
              name="pieceId"
              label={t('scores.piece')}
              error={form.fieldError('pieceId')}
              options={lendable.map((piece) => ({
                value: piece.pieceId,
                label: t('scores.pieceOption', { title: piece.title, count: piece.onShelf }),
              }))}
            />
            <SelectField
              name="memberId"
              label={t('scores.singer')}
              error={form.fieldError('memberId')}
              options={shelf.singers.map((singer) => ({
                value: singer.id,
                label: `${[singer.firstName, singer.lastName].filter(Boolean).join(' ')} (${singer.partCode})`,
              }))}
            />
            <TextField
              name="copies"
              type="number"
              min={1}
              max={2000}
              defaultValue={1}
              label={t('scores.copies')}
              error={form.fieldError('copies')}
            />
            <TextField
              name="lentOn"
              type="date"
              max={today('Europe/Paris')}
              defaultValue={today('Europe/Paris')}
              label={t('scores.lentOn')}
              error={form.fieldError('lentOn')}
            />
            <TextField
              name="note"
              maxLength={500}
              label={t('scores.note')}
              hint={t('scores.noteHint')}
              error={form.fieldError('note')}
            />
          </div>
          <div>
            <Button type="submit" pending={form.pending}>
              {t('scores.lendButton')}
            </Button>
          </div>
        </Form>
      )}
    </Card>
  );
}
