// The journey space on a journey's page: where families open it, its playlist and resources per
// step with what each shows now and why not, and for coordinators the tools to fill them.
import './space.css';
import { Link } from '@tanstack/react-router';
import { can, type JourneySpace, type SpaceEntry, type SpaceSection } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, QueryStatus } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useJourneySpace } from '../api/space';
import { AddEntryDialog } from './add-entry-dialog';
import { ConcertDialog } from './concert-dialog';
import { EntryList } from './entry-list';
import { SettingsDialog } from './settings-dialog';

/** Shown on a journey's page to the roles that read spaces; nothing for others. */
export function JourneySpaceCard({ orgId, journeyId }: { orgId: string; journeyId: string }) {
  const { role } = useCurrentOrg();
  if (!can(role, 'journeySpaces.read')) return null;
  return <SpaceBody orgId={orgId} journeyId={journeyId} />;
}

function SpaceBody({ orgId, journeyId }: { orgId: string; journeyId: string }) {
  const { t } = useTranslation('journeySpace');
  const { role } = useCurrentOrg();
  const manager = can(role, 'journeySpaces.manage');
  const query = useJourneySpace(orgId, journeyId);
  const [adding, setAdding] = useState<SpaceSection | null>(null);
  const [settings, setSettings] = useState(false);
  const space = query.data;
  return (
    <Card title={t('title')} className="space-card">
      <QueryStatus query={query} />
      {space ? (
        <>
          <p className="muted">{t('lead')}</p>
          <p className="space-card__links">
            {space.groupUrl ? (
              <a href={space.groupUrl} target="_blank" rel="noreferrer">
                {t('openAsFamily')}
              </a>
            ) : (
              <>
                {t('noGroupLink')}{' '}
                <Link to={orgPath(orgId, `groups/${space.journey.group.id}`)}>
                  {t('groupPage')}
                </Link>
              </>
            )}
          </p>
          {space.publicUrl ? (
            <p>
              {t('publicAt')}{' '}
              <a href={space.publicUrl} target="_blank" rel="noreferrer">
                {space.publicUrl}
              </a>
            </p>
          ) : null}
          {manager ? (
            <p>
              <Button variant="secondary" size="small" onClick={() => setSettings(true)}>
                {t('settings')}
              </Button>
            </p>
          ) : null}
          <Concerts orgId={orgId} space={space} manager={manager} />
          {(['playlist', 'resources'] as const).map((section) => (
            <Section
              key={section}
              orgId={orgId}
              space={space}
              section={section}
              manager={manager}
              onAdd={() => setAdding(section)}
            />
          ))}
          {adding ? (
            <AddEntryDialog
              orgId={orgId}
              space={space}
              section={adding}
              onClose={() => setAdding(null)}
            />
          ) : null}
          <SettingsDialog
            orgId={orgId}
            space={space}
            open={settings}
            onClose={() => setSettings(false)}
          />
        </>
      ) : null}
    </Card>
  );
}

/** The concert steps: their live stream and programme, set by coordinators. */
function Concerts(props: { orgId: string; space: JourneySpace; manager: boolean }) {
  const { t } = useTranslation(['journeySpace', 'vocabulary']);
  const [editing, setEditing] = useState<string | null>(null);
  const concerts = props.space.steps.filter(
    (step) => step.kind === 'concert' && step.status !== 'cancelled' && step.concert,
  );
  if (concerts.length === 0) return null;
  const titleOf = (step: JourneySpace['steps'][number]) =>
    t('step', {
      position: step.position,
      title: step.title ?? t(`vocabulary:sessionKind.${step.kind}`),
    });
  const open = concerts.find((step) => step.sessionId === editing);
  return (
    <section className="space-card__section" aria-label={t('concert.title')}>
      <h3>{t('concert.title')}</h3>
      <ul className="space-card__concerts">
        {concerts.map((step) => (
          <li key={step.sessionId}>
            <strong>{titleOf(step)}</strong>
            <br />
            <span className="muted">
              {step.concert?.streamUrl
                ? t('concert.streamSet', { minutes: step.concert.streamOpensMinutes })
                : t('concert.noStream')}
              {' · '}
              {t('concert.pieces', { count: step.concert?.programme.length ?? 0 })}
            </span>{' '}
            {props.manager ? (
              <Button variant="secondary" size="small" onClick={() => setEditing(step.sessionId)}>
                {t('concert.edit')}
              </Button>
            ) : null}
          </li>
        ))}
      </ul>
      {open ? (
        <ConcertDialog
          orgId={props.orgId}
          space={props.space}
          step={open}
          title={titleOf(open)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

function Section(props: {
  orgId: string;
  space: JourneySpace;
  section: SpaceSection;
  manager: boolean;
  onAdd: () => void;
}) {
  const { t, i18n } = useTranslation(['journeySpace', 'vocabulary']);
  const { space, section } = props;
  const entries = space.entries.filter((entry) => entry.section === section);
  const lists = new Map<number | null, SpaceEntry[]>();
  for (const entry of entries) {
    lists.set(entry.stepPosition, [...(lists.get(entry.stepPosition) ?? []), entry]);
  }
  const day = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone }).format(new Date(iso));
  const heading = (position: number | null) => {
    if (position === null) return t('wholeJourney');
    const step = space.steps.find((s) => s.position === position && s.status !== 'cancelled');
    if (!step) return t('step', { position, title: '' });
    return t('stepDate', {
      position,
      title: step.title ?? t(`vocabulary:sessionKind.${step.kind}`),
      date: day(step.startsAt, step.timeZone),
    });
  };
  const title = section === 'playlist' ? t('playlist') : t('resources');
  return (
    <section className="space-card__section" aria-label={title}>
      <div className="space-card__heading">
        <h3>{title}</h3>
        {props.manager ? (
          <Button variant="secondary" size="small" icon="plus" onClick={props.onAdd}>
            {`${t('add')} · ${title}`}
          </Button>
        ) : null}
      </div>
      {entries.length === 0 ? (
        <p className="muted">{section === 'playlist' ? t('emptyPlaylist') : t('emptyResources')}</p>
      ) : null}
      {[...lists.entries()].map(([position, list]) => (
        <div key={position ?? 'journey'}>
          <h4 className="space-card__step">{heading(position)}</h4>
          <EntryList
            orgId={props.orgId}
            space={space}
            section={section}
            position={position}
            entries={list}
            manager={props.manager}
          />
        </div>
      ))}
    </section>
  );
}
