// The language switch's logic: show the language now, and remember it for the account.
import { type Locale, locales } from '@tutti/contracts';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { applyLocale, currentLocale } from '@/lib/i18n/locale';
import { useMe } from '../api/me';
import { useUpdateLocale } from '../api/update-locale';

export function useLanguage() {
  const { i18n } = useTranslation();
  const me = useMe().data;
  const updateLocale = useUpdateLocale();
  return {
    locale: currentLocale(i18n),
    locales,
    choose(locale: Locale) {
      void applyLocale(i18n, locale);
      if (me && me.user.locale !== locale) updateLocale.mutate(locale);
    },
  };
}

/** Follows the signed-in account's language, e.g. right after signing in on a new device. */
export function useAccountLocale() {
  const { i18n } = useTranslation();
  const accountLocale = useMe().data?.user.locale;
  useEffect(() => {
    if (accountLocale) void applyLocale(i18n, accountLocale);
  }, [accountLocale, i18n]);
}
