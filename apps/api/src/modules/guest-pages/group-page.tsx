// The page a group's secret link opens: the group, the organisation's note, upcoming sessions.
import type { GroupSharedPage } from '@tutti/contracts';
import type { PublicLanguage } from '../../platform/public-pages';
import { GroupSpaces } from '../journey-spaces';
import { guestPageTexts } from './i18n';
import { SharedSessions } from './shared-sessions';

export function GroupBody(props: {
  page: GroupSharedPage;
  journeys: { id: string; name: string; url: string }[];
  lang: PublicLanguage;
}) {
  const texts = guestPageTexts[props.lang];
  const { page } = props;
  return (
    <>
      <h1>{texts.groupTitle(page.group.name)}</h1>
      <p class="lead">{texts.groupLead}</p>
      {page.note && (
        <>
          <h2>{texts.groupNote}</h2>
          <p class="note">{page.note}</p>
        </>
      )}
      <GroupSpaces journeys={props.journeys} lang={props.lang} />
      <h2>{texts.upcoming}</h2>
      <SharedSessions sessions={page.upcomingSessions} lang={props.lang} />
    </>
  );
}
