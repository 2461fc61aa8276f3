// Turns any thrown error into a translated sentence, by its API code.
import type { ParseKeys } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api-client';

export function useErrorText() {
  const { t, i18n } = useTranslation('common');
  return (error: unknown): string => {
    const key = `errors.${isApiError(error) ? error.code : 'CLIENT.UNKNOWN'}`;
    // A code the web app does not know yet (a newer API) still gets a sentence.
    const known = i18n.exists(key, { ns: 'common' }) ? key : 'errors.CLIENT.UNKNOWN';
    return t(known as ParseKeys<'common'>);
  };
}
