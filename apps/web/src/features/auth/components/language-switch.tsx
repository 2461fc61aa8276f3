// FR / EN / DE in the header; each button is named in its own language.
import './language-switch.css';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../hooks/use-language';

export function LanguageSwitch() {
  const { t } = useTranslation();
  const { locale, locales, choose } = useLanguage();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {locales.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          aria-pressed={code === locale}
          onClick={() => choose(code)}
        >
          <span aria-hidden="true">{code.toUpperCase()}</span>
          <span className="visually-hidden">{t(`language.${code}`)}</span>
        </button>
      ))}
    </fieldset>
  );
}
