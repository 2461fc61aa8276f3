// The message itself: subject and text in French (required), English and German (optional);
// sent through the outbox, one e-mail per address in the singer's language.
import { type ChoirAudience, ChoirMessageBodySchema } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, TextAreaField, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { readForm } from '@/lib/read-form';
import { type ChoirAudienceChoice, useSendChoirMessage } from '../api/messages';

type Props = {
  choirId: string;
  choice: ChoirAudienceChoice;
  audience: ChoirAudience | null;
  onSent: (text: string) => void;
};

const languages = ['fr', 'en', 'de'] as const;

export function MessageForm({ choirId, choice, audience, onSent }: Props) {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const send = useSendChoirMessage(orgId, choirId);
  const form = useSchemaForm({
    schema: ChoirMessageBodySchema,
    read: (element) => {
      const v = readForm(element);
      const optional = (name: string) => v.optionalText(name) ?? undefined;
      return {
        ...choice,
        subject: {
          fr: v.text('subject.fr'),
          en: optional('subject.en'),
          de: optional('subject.de'),
        },
        text: { fr: v.text('text.fr'), en: optional('text.en'), de: optional('text.de') },
      };
    },
    onSubmit: async (values, element) => {
      const result = await send.mutateAsync(values);
      element.reset();
      onSent(
        t('message.sent', {
          count: result.queued,
          singers: result.reachable,
          delivered: result.delivered,
        }),
      );
    },
  });

  return (
    <Form formProps={form.formProps} error={form.formError} label={t('message.write')}>
      {languages.map((lang) => (
        <fieldset key={lang} className="message-language">
          <legend>{t(`message.language.${lang}`)}</legend>
          {lang !== 'fr' && audience && audience.byLocale[lang] > 0 ? (
            <p className="field__hint">
              {t('message.readers', { count: audience.byLocale[lang] })}
            </p>
          ) : null}
          <TextField
            name={`subject.${lang}`}
            label={t('message.subject')}
            required={lang === 'fr'}
            maxLength={200}
            error={form.fieldErrorAt(`subject.${lang}`)}
          />
          <TextAreaField
            name={`text.${lang}`}
            label={t('message.text')}
            required={lang === 'fr'}
            rows={6}
            maxLength={4000}
            error={form.fieldErrorAt(`text.${lang}`)}
          />
        </fieldset>
      ))}
      <div className="form__actions">
        <Button
          type="submit"
          icon="mail-plus"
          pending={form.pending}
          disabled={audience !== null && audience.addresses === 0}
        >
          {t('message.send', { count: audience?.addresses ?? 0 })}
        </Button>
      </div>
    </Form>
  );
}
