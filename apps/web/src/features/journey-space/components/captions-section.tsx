// A video's captions in the resource dialog: the languages it has, each removable, and a .vtt file
// to add for a language (read in the browser, checked by the API, whose refusal names the line).
import type { SpaceResource } from '@tutti/contracts';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, FileField, SelectField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useRemoveCaptions, useSetCaptions } from '../api/resources';

/** The languages offered first: the interface's, then those most spoken by families we meet. */
const CAPTION_LANGUAGES = ['fr', 'en', 'de', 'ar', 'es', 'it', 'pt', 'tr', 'ro', 'pl', 'uk'];

export function useLanguageName() {
  const { i18n } = useTranslation();
  const names = new Intl.DisplayNames([i18n.language], { type: 'language', fallback: 'code' });
  return (lang: string) => names.of(lang) ?? lang;
}

export function CaptionsSection(props: { orgId: string; resource: SpaceResource }) {
  const { t } = useTranslation('journeySpace');
  const errorText = useErrorText();
  const languageName = useLanguageName();
  const set = useSetCaptions(props.orgId, props.resource.id);
  const remove = useRemoveCaptions(props.orgId, props.resource.id);
  const [tracks, setTracks] = useState(props.resource.captions);
  const [problem, setProblem] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setProblem(null);
    setFileError(null);
    const data = new FormData(event.currentTarget);
    const file = data.get('vtt');
    if (!(file instanceof File) || file.size === 0) {
      setFileError(t('captions.noFile'));
      return;
    }
    try {
      const updated = await set.mutateAsync({
        lang: String(data.get('lang')),
        vtt: await file.text(),
      });
      setTracks(updated.captions);
      event.currentTarget?.reset();
    } catch (error) {
      if (isApiError(error) && error.fields.length > 0) {
        setFileError([errorText(error), ...error.fields.map((field) => field.message)].join(' — '));
      } else setProblem(errorText(error));
    }
  };

  return (
    <section className="space-captions" aria-labelledby={`captions-${props.resource.id}`}>
      <h3 id={`captions-${props.resource.id}`}>{t('captions.title')}</h3>
      <p className="space-captions__lead">{t('captions.lead')}</p>
      {problem ? <Alert tone="error">{problem}</Alert> : null}
      {tracks.length === 0 ? <p>{t('captions.none')}</p> : null}
      <ul className="space-captions__list">
        {tracks.map((track) => (
          <li key={track.lang}>
            {t('captions.track', { language: languageName(track.lang), count: track.cueCount })}{' '}
            <Button
              variant="ghost"
              size="small"
              aria-label={t('captions.remove', { language: languageName(track.lang) })}
              pending={remove.isPending && remove.variables === track.lang}
              onClick={() =>
                remove.mutate(track.lang, {
                  onSuccess: (updated) => setTracks(updated.captions),
                  onError: (error) => setProblem(errorText(error)),
                })
              }
            >
              {t('captions.removeShort')}
            </Button>
          </li>
        ))}
      </ul>
      <form className="space-captions__add" onSubmit={submit} noValidate>
        <SelectField
          name="lang"
          label={t('captions.language')}
          options={CAPTION_LANGUAGES.map((lang) => ({ value: lang, label: languageName(lang) }))}
        />
        <FileField name="vtt" label={t('captions.file')} accept=".vtt,text/vtt" error={fileError} />
        <Button type="submit" variant="secondary" pending={set.isPending}>
          {t('captions.add')}
        </Button>
      </form>
    </section>
  );
}
