// The order found by a scan or a search: who, which seats, what was already let in, and the
// buttons that let in the whole order or part of it in one tap. A ticket used up is flagged.
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card } from '@/components/ui';
import { deviceIdSeen } from '../lib/device';
import type { OrderState } from '../lib/door-state';

export function OrderPanel({
  state,
  onCheckIn,
  onClose,
}: {
  state: OrderState;
  onCheckIn: (seats: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation(['door', 'boxOffice']);
  const { order, used, left, last } = state;
  const time = last
    ? new Intl.DateTimeFormat(undefined, { timeStyle: 'short' }).format(new Date(last.recordedAt))
    : '';
  const where = last && deviceIdSeen(last.deviceId) ? t('thisPhone') : t('otherPhone');
  return (
    <Card title={order.name || t('anonymous')} className="door-order">
      <ul className="door-order__lines">
        {order.lines.map((line) => (
          <li key={line.kind}>
            {t('seatsLine', {
              quantity: line.quantity,
              kind: t(`boxOffice:kind.${line.kind}`),
            })}
          </li>
        ))}
      </ul>
      {order.status === 'cancelled' ? (
        <Alert tone="error">{t('cancelled')}</Alert>
      ) : left === 0 ? (
        <Alert tone="error">
          {t('alreadyUsed', { count: used, seats: order.seats, time, where })}
        </Alert>
      ) : (
        <>
          {used > 0 ? <Alert tone="info">{t('partlyUsed', { count: used, left })}</Alert> : null}
          <Button block onClick={() => onCheckIn(left)}>
            {t('letAll', { count: left })}
          </Button>
          {left > 1 ? (
            <div className="door-order__part">
              <p>{t('letSome')}</p>
              <div className="door-order__choices">
                {Array.from({ length: left - 1 }, (_, n) => n + 1).map((seats) => (
                  <Button key={seats} variant="secondary" onClick={() => onCheckIn(seats)}>
                    {t('letPart', { count: seats, left })}
                  </Button>
                ))}
              </div>
            </div>
          ) : null}
        </>
      )}
      <Button variant="ghost" size="small" onClick={onClose}>
        {t('close')}
      </Button>
    </Card>
  );
}
