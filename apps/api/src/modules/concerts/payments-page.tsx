// The payment part of an order's public page: what is paid and left to pay, paying on site, and
// (when the organisation has a HelloAsso account) a form that starts an online payment; the
// page that hands the visitor over to HelloAsso.
import type { PublicLanguage } from '../../platform/public-pages';
import type { OrderPaymentView } from './helloasso-checkout';
import { concertTexts } from './i18n';
import { paymentTexts } from './i18n/payments-texts';

/** What the return from HelloAsso says in the address: only a message, never a payment. */
export type PaymentNotice = 'returned' | 'failed' | null;

export function paymentNotice(query: unknown): PaymentNotice {
  const value = (query as Record<string, unknown> | undefined)?.paiement;
  return value === 'retour' ? 'returned' : value === 'erreur' ? 'failed' : null;
}

export const payPath = (base: string, lang: PublicLanguage) => `${base}/payer?lang=${lang}`;

export function OrderPaymentSection({
  view,
  base,
  lang,
  notice,
}: {
  view: OrderPaymentView;
  base: string;
  lang: PublicLanguage;
  notice: PaymentNotice;
}) {
  const texts = paymentTexts[lang];
  const euro = concertTexts[lang].euro;
  const { summary, online } = view;
  const open = summary.status === 'toPay' || summary.status === 'partlyPaid';
  return (
    <section class="card" aria-labelledby="payment">
      <h2 id="payment">{texts.payTitle}</h2>
      {notice === 'returned' && summary.status !== 'paid' ? (
        <p class="note" role="status">
          {texts.returned}
        </p>
      ) : null}
      {notice === 'failed' && summary.status !== 'paid' ? (
        <p class="error" role="status">
          {texts.failed}
        </p>
      ) : null}
      {summary.status === 'free' ? <p>{texts.status.free}</p> : null}
      {summary.status === 'paid' ? (
        <p>
          <span class="badge">{texts.status.paid}</span> {texts.paidText}
        </p>
      ) : null}
      {summary.refundedCents > 0 ? (
        <p>
          <span class="badge">{texts.status.refunded}</span>{' '}
          {texts.refundedText(euro(summary.refundedCents))}
        </p>
      ) : null}
      {open ? (
        <>
          <p>
            <span class="badge">{texts.status[summary.status]}</span>
          </p>
          <dl>
            {summary.paidCents > 0 ? (
              <>
                <dt>{texts.paidSoFar}</dt>
                <dd>{euro(summary.paidCents)}</dd>
              </>
            ) : null}
            <dt>{texts.leftToPay}</dt>
            <dd>{euro(summary.dueCents)}</dd>
          </dl>
          <p>{texts.payOnSite}</p>
          {online ? (
            <form method="post" action={payPath(base, lang)}>
              <p>{texts.payOnlineText}</p>
              <button type="submit">{texts.payOnline}</button>
            </form>
          ) : null}
          {summary.pendingOnline > 0 ? (
            <p class="muted">{texts.pending(summary.pendingOnline)}</p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/** The page between the order and HelloAsso: the amount, a word on HelloAsso's tip, the link. */
export function ContinueToHelloAsso({
  redirectUrl,
  amountCents,
  back,
  lang,
}: {
  redirectUrl: string;
  amountCents: number;
  back: string;
  lang: PublicLanguage;
}) {
  const texts = paymentTexts[lang];
  return (
    <>
      <h1>{texts.continueTitle}</h1>
      <p class="lead">{texts.continueText(concertTexts[lang].euro(amountCents))}</p>
      <p>
        <a href={redirectUrl} rel="noreferrer">
          <strong>{texts.continue}</strong>
        </a>
      </p>
      <p>
        <a href={back}>{texts.back}</a>
      </p>
    </>
  );
}
