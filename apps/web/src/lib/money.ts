// Amounts are integer cents in the API and euros in forms and on screen.
export function centsFromEuros(text: string | undefined): number | null {
  if (!text) return null;
  const value = Number(text.replace(/\s/g, '').replace(',', '.'));
  // Anything else than a number becomes NaN, which the schema refuses with a message.
  return Number.isFinite(value) ? Math.round(value * 100) : Number.NaN;
}

export function eurosFromCents(cents: number | null | undefined): string {
  return cents === null || cents === undefined ? '' : String(cents / 100);
}

export function useEuroFormat(locale: string) {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' });
  return (cents: number) => format.format(cents / 100);
}
