// The door of a concert on a phone: the list kept on the device, QR codes scanned or names
// searched, an order let in whole or in part in one tap, a ticket already used flagged at once,
// people without a ticket counted, and "how did you come?" asked; works with the network cut.
import './door.css';
import { Link, useParams } from '@tanstack/react-router';
import type { AudienceMode, DoorEntry } from '@tutti/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, Loading, PageHeader, Stat, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useOfflineLog } from '@/lib/offline/use-offline-log';
import { orgPath } from '@/lib/paths';
import { useDoorList } from '../api/door-list';
import {
  addMine,
  doorState,
  loadMine,
  type OrderState,
  searchOrders,
  secretOf,
  sha256Hex,
} from '../lib/door-state';
import { OrderPanel } from './order-panel';
import { loadScanner, Scanner } from './scanner';
import { TravelQuestion } from './travel-question';

/** An entry just recorded, waiting for its optional travel answer. */
type Asking = { entryOpId: string; people: number };

export function DoorPage() {
  const { t } = useTranslation('door');
  const format = useDateFormat();
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  const { concertId = '' } = useParams({ strict: false }) as { concertId?: string };
  const door = useDoorList(orgId, concertId);
  const log = useOfflineLog(orgId);
  const [mine, setMine] = useState<DoorEntry[]>([]);
  const [selected, setSelected] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);
  const [asking, setAsking] = useState<Asking | null>(null);
  const [query, setQuery] = useState('');

  useEffect(() => {
    void loadMine(orgId, concertId).then(setMine);
    // The scanner's code comes with the list, so that it is on the phone once offline.
    void loadScanner().catch(() => {});
  }, [orgId, concertId]);

  const list = door.data?.list;
  const state = useMemo(() => (list ? doorState(list, mine) : null), [list, mine]);
  const found = selected && state ? (state.orders.get(selected) ?? null) : null;

  const remember = useCallback(
    async (entry: DoorEntry) => {
      await addMine(orgId, concertId, entry);
      setMine((current) => [...current, entry]);
    },
    [orgId, concertId],
  );

  const checkIn = async (current: OrderState, seats: number, method: 'scan' | 'search') => {
    const [op] = await log.record([
      { kind: 'door.checkIn', concertId, orderId: current.order.id, seats, method },
    ]);
    await remember({
      opId: op!.opId,
      orderId: current.order.id,
      people: seats,
      deviceId: op!.deviceId,
      recordedAt: op!.recordedAt,
    });
    setSelected(null);
    setQuery('');
    setNotice({
      tone: 'success',
      text: t('entered', { name: current.order.name || t('anonymous'), count: seats }),
    });
    setAsking({ entryOpId: op!.opId, people: seats });
  };

  const walkIn = async (people: 1 | -1) => {
    const [op] = await log.record([{ kind: 'door.walkIn', concertId, people }]);
    await remember({
      opId: op!.opId,
      orderId: null,
      people,
      deviceId: op!.deviceId,
      recordedAt: op!.recordedAt,
    });
    setSelected(null);
    setNotice(people > 0 ? { tone: 'success', text: t('walkInAdded') } : null);
    setAsking(people > 0 ? { entryOpId: op!.opId, people: 1 } : null);
  };

  const answer = async (mode: AudienceMode, carPeople: number | null) => {
    if (!asking) return;
    await log.record([
      {
        kind: 'door.travel',
        concertId,
        entryOpId: asking.entryOpId,
        people: asking.people,
        mode,
        carPeople,
      },
    ]);
    setAsking(null);
    setNotice({ tone: 'success', text: t('travelThanks') });
  };

  const [method, setMethod] = useState<'scan' | 'search'>('scan');
  const onScanned = async (text: string) => {
    if (!state) return;
    const orderId = state.byHash.get(await sha256Hex(secretOf(text)));
    setAsking(null);
    if (!orderId) {
      setSelected(null);
      setNotice({ tone: 'error', text: t('unknownCode') });
      return;
    }
    setNotice(null);
    setMethod('scan');
    setSelected(orderId);
  };

  const concert = list?.concert;
  const matches = state ? searchOrders(state, query) : [];
  return (
    <>
      <p>
        <Link to={orgPath(orgId, `calendar/sessions/${concertId}`)}>← {t('back')}</Link>
      </p>
      <PageHeader
        title={concert ? `${t('title')} — ${concert.title ?? ''}`.replace(/ — $/, '') : t('title')}
        description={
          concert
            ? [format.dateTime(concert.startsAt), concert.venueName].filter(Boolean).join(' · ')
            : t('intro')
        }
      />
      <div className="stack door">
        {door.isPending ? <Loading /> : null}
        {door.isError ? (
          <Alert tone="error">{log.online ? errorText(door.error) : t('notDownloaded')}</Alert>
        ) : null}
        {list && state ? (
          <>
            <div className="door__download">
              {door.data?.fromDevice ? (
                <Alert tone="info" live={false}>
                  {t('fromDevice', { date: format.dateTime(list.downloadedAt) })}
                </Alert>
              ) : (
                <p className="muted">
                  {t('downloadedAt', { date: format.dateTime(list.downloadedAt) })}
                </p>
              )}
              {log.online ? (
                <Button
                  variant="ghost"
                  size="small"
                  pending={door.isFetching}
                  onClick={() => void door.refetch()}
                >
                  {t('download')}
                </Button>
              ) : null}
            </div>
            <section className="door__figures" aria-label={t('figures')}>
              <Stat
                value={state.checkedInSeats}
                label={`${t('checkedIn')} ${t('ofBooked', { booked: state.bookedSeats })}`}
              />
              <Stat value={state.walkIns} label={t('walkIns')} />
            </section>
            {notice ? <Alert tone={notice.tone}>{notice.text}</Alert> : null}
            {asking ? (
              <TravelQuestion
                people={asking.people}
                onAnswer={(mode, carPeople) => void answer(mode, carPeople)}
                onSkip={() => setAsking(null)}
              />
            ) : null}
            {found ? (
              <OrderPanel
                state={found}
                onCheckIn={(seats) => void checkIn(found, seats, method)}
                onClose={() => setSelected(null)}
              />
            ) : null}
            <Card title={t('scanTitle')}>
              <Scanner onRead={(text) => void onScanned(text)} />
            </Card>
            <Card title={t('searchTitle')}>
              <TextField
                name="door-search"
                type="search"
                label={t('search')}
                hint={t('searchHint')}
                autoComplete="off"
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
              {query.trim().length >= 2 && matches.length === 0 ? (
                <p className="muted">{t('noMatch')}</p>
              ) : null}
              {matches.length > 0 ? (
                <ul className="door__results" aria-label={t('results')}>
                  {matches.map((match) => (
                    <li key={match.order.id}>
                      <button
                        type="button"
                        className="door__result"
                        aria-label={t('open', { name: match.order.name || t('anonymous') })}
                        onClick={() => {
                          setMethod('search');
                          setAsking(null);
                          setNotice(null);
                          setSelected(match.order.id);
                        }}
                      >
                        <span className="door__result-name">
                          {match.order.name || t('anonymous')}
                        </span>
                        <span className="muted">
                          {t('usedOf', { used: match.used, seats: match.order.seats })}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              ) : null}
            </Card>
            <Card title={t('walkInsTitle')}>
              <div className="door__walk-ins">
                <Button onClick={() => void walkIn(1)}>+ {t('walkInAdd')}</Button>
                <Button
                  variant="secondary"
                  size="small"
                  disabled={state.walkIns === 0}
                  onClick={() => void walkIn(-1)}
                >
                  − {t('walkInRemove')}
                </Button>
              </div>
            </Card>
          </>
        ) : null}
      </div>
    </>
  );
}
