// The booking form's fields read into a booking, and a refusal (the schema's or the service's)
// turned into a problem per field in the visitor's language.
import { BookingInputSchema, MAX_SEATS_PER_ORDER } from '@tutti/contracts';
import type { AppError } from '../../platform/errors';
import type { FormBody, PublicLanguage } from '../../platform/public-pages';
import type { PublicTickets } from './booking.service';
import { concertTexts } from './i18n';
import { amountField, type BookingFormState, quantityField } from './tickets';

type Issue = { path: string; code: string; details?: Record<string, unknown> };

/** "5", "5,50", "5.5 €" → cents; NaN when it is not an amount. */
function cents(text: string): number {
  const value = Number(text.replace(/€/g, '').trim().replace(',', '.'));
  return text.trim() === '' || !Number.isFinite(value) ? Number.NaN : Math.round(value * 100);
}

/** The lines of the form: each tariff with a positive quantity, in the page's order. */
export function readBookingForm(form: FormBody, tickets: PublicTickets) {
  const lines = tickets.tariffs.flatMap((tariff) => {
    const quantity = Number(form[quantityField(tariff.id)] ?? '0');
    if (!quantity) return [];
    const amount = form[amountField(tariff.id)];
    return [
      {
        tariffId: tariff.id,
        quantity,
        ...(tariff.kind === 'payWhatYouCan' ? { amountCents: cents(amount ?? '') } : {}),
      },
    ];
  });
  const text = (name: string) => form[name]?.trim() || undefined;
  const input = {
    name: form.name ?? '',
    email: text('email'),
    phone: text('phone'),
    accessNeeds: text('access'),
    lines,
  };
  const parsed = BookingInputSchema.safeParse(input);
  // An amount outside its tariff's range is named with the rest, not after them.
  const outOfRange = lines.flatMap((line, index) => {
    const tariff = tickets.tariffs.find((one) => one.id === line.tariffId);
    const amount = line.amountCents;
    return tariff?.kind === 'payWhatYouCan' &&
      amount !== undefined &&
      (amount < (tariff.floorCents ?? 0) || amount > (tariff.ceilingCents ?? 0))
      ? [{ path: `lines.${index}.amountCents`, code: 'CONCERT.AMOUNT_OUT_OF_RANGE' }]
      : [];
  });
  const issues: Issue[] = [
    ...(parsed.error?.issues ?? []).map((issue) => ({
      path: issue.path.join('.'),
      code: issue.code,
    })),
    ...outOfRange,
  ];
  return { input, booking: issues.length === 0 ? parsed.data : undefined, issues };
}

/** The form field a path of the booking names (`lines.1.quantity` → `q-<tariff id>`). */
function fieldOf(path: string, input: { lines: { tariffId: string }[] }): string {
  const [head, index, leaf] = path.split('.');
  if (head === 'accessNeeds') return 'access';
  if (head !== 'lines') return head ?? 'seats';
  const tariffId = input.lines[Number(index)]?.tariffId;
  if (!tariffId || leaf === undefined) return 'seats';
  return leaf === 'amountCents' ? amountField(tariffId) : quantityField(tariffId);
}

function problemText(
  issue: Issue,
  field: string,
  tickets: PublicTickets,
  lang: PublicLanguage,
): string {
  const problem = concertTexts[lang].problem;
  if (issue.code === 'CONCERT.SOLD_OUT') return problem.soldOut(Number(issue.details?.remaining));
  if (field.startsWith('a-')) {
    const tariff = tickets.tariffs.find((one) => amountField(one.id) === field);
    return problem.amount(tariff?.floorCents ?? 0, tariff?.ceilingCents ?? 0);
  }
  if (issue.code === 'CONCERT.UNKNOWN_TARIFF') return problem.unknown;
  if (issue.code === 'CONCERT.CLOSED') return problem.closed;
  if (field === 'name') return problem.name;
  if (field === 'email') return issue.code === 'custom' ? problem.contact : problem.email;
  if (field === 'phone') return problem.phone;
  if (field === 'access') return problem.access;
  if (field === 'seats' && issue.code === 'too_small') return problem.noSeat;
  return problem.tooMany(MAX_SEATS_PER_ORDER);
}

/** Problems of a refused booking, by field; the visitor's values are given back as typed. */
export function formProblems(
  form: FormBody,
  issues: Issue[],
  input: { lines: { tariffId: string }[] },
  tickets: PublicTickets,
  lang: PublicLanguage,
): BookingFormState {
  const problems: Record<string, string> = {};
  for (const issue of issues) {
    const field = fieldOf(issue.path, input);
    problems[field] ??= problemText(issue, field, tickets, lang);
  }
  return { values: form, problems };
}

/** The issues of a service refusal, with the details its texts need. */
export function issuesOf(error: AppError): Issue[] {
  const fields = error.fields ?? [{ path: 'seats', message: error.message }];
  return fields.map((field) => ({ path: field.path, code: error.code, details: error.details }));
}
