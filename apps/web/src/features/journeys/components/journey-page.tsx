// One journey: its dated sessions in order, each movable with a preview of the effect on the rest.
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { can, type Journey } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Badge,
  Button,
  ConfirmDialog,
  Item,
  ItemList,
  PageHeader,
  QueryStatus,
} from '@/components/ui';
import { MoveDialog, useSession } from '@/features/calendar';
import { JourneySpaceCard } from '@/features/journey-space';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useJourney } from '../api/journeys';
import { useDeleteJourney } from '../api/save-journey';

function MoveFromJourney({
  orgId,
  sessionId,
  onClose,
}: {
  orgId: string;
  sessionId: string;
  onClose: () => void;
}) {
  const session = useSession(orgId, sessionId).data;
  return session ? <MoveDialog orgId={orgId} session={session} onClose={onClose} /> : null;
}

function Sessions({
  orgId,
  journey,
  planner,
}: {
  orgId: string;
  journey: Journey;
  planner: boolean;
}) {
  const { t, i18n } = useTranslation(['journeys', 'calendar', 'vocabulary']);
  const [moving, setMoving] = useState<string | null>(null);
  const day = (date: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'full', timeZone: 'UTC' }).format(
      new Date(`${date}T12:00:00Z`),
    );
  return (
    <>
      <ItemList label={t('detail.sessions')}>
        {journey.sessions.map((session) => (
          <Item
            key={session.id}
            title={
              <Link to={orgPath(orgId, `calendar/sessions/${session.id}`)}>
                {session.position}. {session.title ?? t(`vocabulary:sessionKind.${session.kind}`)}
              </Link>
            }
            badges={
              <>
                <Badge
                  tone={
                    session.status === 'cancelled'
                      ? 'danger'
                      : session.status === 'done'
                        ? 'success'
                        : 'neutral'
                  }
                >
                  {t(`vocabulary:sessionStatus.${session.status}`)}
                </Badge>
                {session.flagged ? <Badge tone="danger">⚠ {t('calendar:flagged')}</Badge> : null}
              </>
            }
            meta={`${day(session.local.date)}, ${session.local.startTime}–${session.local.endTime}${session.venue ? ` · ${session.venue.name}` : ''}`}
            actions={
              planner && (session.status === 'planned' || session.status === 'confirmed') ? (
                <Button
                  variant="secondary"
                  size="small"
                  aria-label={`${t('detail.move')} : ${session.position}. ${session.title ?? t(`vocabulary:sessionKind.${session.kind}`)}`}
                  onClick={() => setMoving(session.id)}
                >
                  {t('detail.move')}
                </Button>
              ) : null
            }
          />
        ))}
      </ItemList>
      {moving ? (
        <MoveFromJourney orgId={orgId} sessionId={moving} onClose={() => setMoving(null)} />
      ) : null}
    </>
  );
}

export function JourneyPage() {
  const { t } = useTranslation(['journeys', 'vocabulary']);
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { orgId, role } = useCurrentOrg();
  const { journeyId = '' } = useParams({ strict: false }) as { journeyId?: string };
  const journey = useJourney(orgId, journeyId);
  const remove = useDeleteJourney(orgId, journeyId);
  const [confirming, setConfirming] = useState(false);
  const planner = can(role, 'journeys.plan');
  const data = journey.data;

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'journeys')}>← {t('detail.back')}</Link>
      </p>
      <QueryStatus query={journey} />
      {data ? (
        <>
          <PageHeader
            title={data.name}
            description={[
              data.project.name,
              data.group.name,
              t('progress', { done: data.doneCount, count: data.sessionCount }),
            ].join(' · ')}
            actions={
              planner ? (
                <Button variant="ghost" icon="trash" onClick={() => setConfirming(true)}>
                  {t('detail.delete')}
                </Button>
              ) : null
            }
          />
          <Sessions orgId={orgId} journey={data} planner={planner} />
          <JourneySpaceCard orgId={orgId} journeyId={data.id} />
          <ConfirmDialog
            open={confirming}
            title={t('detail.deleteTitle')}
            confirmLabel={t('detail.delete')}
            pending={remove.isPending}
            error={remove.isError ? errorText(remove.error) : null}
            onClose={() => setConfirming(false)}
            onConfirm={() =>
              remove.mutate(undefined, {
                onSuccess: () => navigate({ to: orgPath(orgId, 'journeys') }),
              })
            }
          >
            <p>{t('detail.deleteText')}</p>
          </ConfirmDialog>
        </>
      ) : null}
    </>
  );
}
