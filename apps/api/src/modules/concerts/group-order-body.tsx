// A group order's page, by the order's secret: where it stands (waiting for the head of the
// establishment, confirmed, declined, expired), and its code, QR code and calendar once confirmed.
import type { EstablishmentKind, GroupOrderStatus } from '@tutti/contracts';
import type { PublicLanguage } from '../../platform/public-pages';
import type { ConcertSession } from '../sessions';
import type { OrderRow } from './concerts.repository';
import type { GroupRow } from './group-orders.repository';
import { groupStatus } from './group-orders.service';
import { concertTexts, groupOrderTexts } from './i18n';
import { momentText } from './moments';
import { concertName, concertWhen } from './order-page';

function statusText(
  status: GroupOrderStatus,
  group: GroupRow,
  concert: ConcertSession,
  lang: PublicLanguage,
) {
  const texts = groupOrderTexts[lang].status;
  return status === 'pending'
    ? texts.pending(momentText(group.holdExpiresAt, concert.timeZone, lang))
    : texts[status];
}

export function GroupFacts(props: {
  group: GroupRow;
  order: OrderRow;
  lang: PublicLanguage;
  status: GroupOrderStatus;
  concert: ConcertSession;
}) {
  const { group, order, lang } = props;
  const texts = groupOrderTexts[lang];
  return (
    <dl>
      <dt>{texts.who}</dt>
      <dd>
        {[group.establishmentName, group.groupName].filter(Boolean).join(', ')} (
        {texts.kind[group.establishmentKind as EstablishmentKind]})
      </dd>
      <dt>{concertTexts[lang].seats(order.seats)}</dt>
      <dd>
        {texts.children(group.children)}, {texts.adults(group.adults)}
      </dd>
      {order.name && (
        <>
          <dt>{concertTexts[lang].orderFor}</dt>
          <dd>{order.name}</dd>
        </>
      )}
      <dt>{texts.statusTitle}</dt>
      <dd>{statusText(props.status, group, props.concert, lang)}</dd>
    </dl>
  );
}

/** A group order's page, by the order's secret: where it stands, and its code once confirmed. */
export function GroupOrderBody(props: {
  order: OrderRow;
  group: GroupRow;
  concert: ConcertSession;
  base: string;
  lang: PublicLanguage;
  now?: Date;
}) {
  const { order, group, concert, base, lang } = props;
  const texts = groupOrderTexts[lang];
  const common = concertTexts[lang];
  const status = groupStatus(group, order, props.now ?? new Date());
  return (
    <>
      <h1>{texts.orderTitle}</h1>
      <p class="lead">
        {concertName(concert, lang)} — {concertWhen(concert, lang)}
        {concert.venueName && (
          <>
            <br />
            {[concert.venueName, concert.venueAddress].filter(Boolean).join(', ')}
          </>
        )}
      </p>
      <GroupFacts group={group} order={order} lang={lang} status={status} concert={concert} />
      <p class="muted">{texts.priceNote}</p>
      {status === 'confirmed' && (
        <>
          <dl>
            <dt>{common.code}</dt>
            <dd>
              <code>{order.secret}</code>
            </dd>
          </dl>
          <p>
            <img src={`${base}/qr.svg`} alt={common.qrAlt} width={200} height={200} />
          </p>
          <p>
            <a href={`${base}/concert.ics`} download="concert.ics">
              {common.calendar}
            </a>
          </p>
        </>
      )}
      {(status === 'confirmed' || status === 'pending') && (
        <section class="card" aria-labelledby="cancel">
          <h2 id="cancel">{common.cancelTitle}</h2>
          <p>{common.cancelText}</p>
          <form method="post" action={`${base}/annuler?lang=${lang}`}>
            <button type="submit" class="quiet">
              {common.cancel}
            </button>
          </form>
        </section>
      )}
    </>
  );
}
