// Renders the carbon model's FR/EN/DE sentences on the server, for API answers and exports.
import { CARBON_MESSAGES } from '@tutti/carbon';
import type { Locale } from '@tutti/contracts';

type Tree = { readonly [key: string]: string | Tree };

function lookup(locale: Locale, key: string): string | undefined {
  let node: string | Tree | undefined = CARBON_MESSAGES[locale] as unknown as Tree;
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

const formatters = new Map<Locale, Intl.NumberFormat>();

export function formatNumber(locale: Locale, value: number): string {
  let formatter = formatters.get(locale);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
    formatters.set(locale, formatter);
  }
  return formatter.format(value);
}

/**
 * The sentence of a key with its parameters, in the i18next format the strings are written in
 * (`{{name}}`, `{{name, number}}`); an unknown key comes back as itself.
 * @example renderMessage('fr', 'carbon.reduction.time.more', { hours: 2.5 })
 * // 'En contrepartie : 2,5 heures de trajet en plus au total.'
 */
export function renderMessage(
  locale: Locale,
  key: string,
  params: Readonly<Record<string, string | number>>,
): string {
  const template = lookup(locale, key) ?? key;
  return template.replace(/\{\{\s*(\w+)(\s*,\s*number)?\s*\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return '';
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/** A label of the carbon model (source, mode, lever, assumption), e.g. `lever.carpool`. */
export function carbonLabel(locale: Locale, key: string): string {
  return lookup(locale, `carbon.${key}`) ?? key;
}
