// A concert step of the space: the live stream's link families see on the concert's day (from
// the chosen lead until it ends) and the programme they download as a PDF, piece by piece.
import {
  type JourneySpace,
  MAX_STREAM_LEAD_MINUTES,
  SpaceConcertBodySchema,
} from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Form, RowsFieldset, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { useSetSpaceConcert } from '../api/space';

type Step = JourneySpace['steps'][number];
type Piece = { title: string; credit: string | null };

function readConcert(element: HTMLFormElement) {
  const v = readForm(element);
  return {
    streamUrl: v.optionalText('streamUrl'),
    streamOpensMinutes: v.number('streamOpensMinutes') ?? 60,
    programme: v
      .rows('programme')
      .filter((row) => row.title || row.credit)
      .map((row) => ({ title: row.title ?? '', credit: row.credit || null })),
  };
}

export function ConcertDialog(props: {
  orgId: string;
  space: JourneySpace;
  step: Step;
  title: string;
  onClose: () => void;
}) {
  const { t } = useTranslation('journeySpace');
  const concert = props.step.concert;
  const save = useSetSpaceConcert(props.orgId, props.space.journey.id, props.step.sessionId);
  const form = useSchemaForm({
    schema: SpaceConcertBodySchema,
    read: readConcert,
    onSubmit: async (body) => {
      await save.mutateAsync(body);
      props.onClose();
    },
  });
  const at = form.fieldErrorAt;
  return (
    <Dialog open onClose={props.onClose} title={t('concert.dialogTitle', { step: props.title })}>
      <Form formProps={form.formProps} error={form.formError}>
        <TextField
          name="streamUrl"
          type="url"
          label={t('concert.streamUrl')}
          hint={t('concert.streamUrlHint')}
          maxLength={500}
          defaultValue={concert?.streamUrl ?? ''}
          error={form.fieldError('streamUrl')}
        />
        <TextField
          name="streamOpensMinutes"
          label={t('concert.streamOpens')}
          hint={t('concert.streamOpensHint', { max: MAX_STREAM_LEAD_MINUTES })}
          inputMode="numeric"
          defaultValue={concert?.streamOpensMinutes ?? 60}
          error={form.fieldError('streamOpensMinutes')}
        />
        <RowsFieldset<Piece>
          name="programme"
          legend={t('concert.programme')}
          addLabel={t('concert.addPiece')}
          initial={concert?.programme ?? []}
          blank={() => ({ title: '', credit: null })}
          rowClassName="space-card__piece"
          renderRow={({ at: prefix, value }) => (
            <>
              <TextField
                name={`${prefix}.title`}
                label={t('concert.pieceTitle')}
                maxLength={200}
                defaultValue={value.title}
                error={at(`${prefix}.title`)}
              />
              <TextField
                name={`${prefix}.credit`}
                label={t('concert.pieceCredit')}
                maxLength={200}
                defaultValue={value.credit ?? ''}
                error={at(`${prefix}.credit`)}
              />
            </>
          )}
        />
        <p className="field__hint">{t('concert.programmeHint')}</p>
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('save')}
          </Button>
          <Button variant="secondary" onClick={props.onClose}>
            {t('cancel')}
          </Button>
        </div>
      </Form>
    </Dialog>
  );
}
