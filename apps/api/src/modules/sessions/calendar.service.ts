// Calendar use case: the sessions of a range of local dates, per project, venue, artist or group.
import { type Calendar, type CalendarQuerySchema, MAX_CALENDAR_DAYS } from '@tutti/contracts';
import { addDays, daysBetween, isoWeekday, toLocalDateTime, zonedToUtc } from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import { presentSession } from './sessions.presenter';
import * as repository from './sessions.repository';

/** Enough for an organisation-wide six weeks at the busiest (2,400 workshops a year is ~300). */
const CALENDAR_LIMIT = 2000;

/** Local midnight; in the rare zones that skip midnight, the first hour that exists. */
function startOfLocalDay(date: string, timeZone: string): Date {
  return zonedToUtc(date, 0, timeZone) ?? zonedToUtc(date, 60, timeZone)!;
}

function rangeOf(query: z.output<typeof CalendarQuerySchema>, timeZone: string) {
  const today = toLocalDateTime(new Date(), timeZone).slice(0, 10);
  const from = query.from ?? addDays(today, 1 - isoWeekday(today));
  const to = query.to ?? addDays(from, 7);
  const days = daysBetween(from, to);
  if (days <= 0) {
    throw new AppError('REQUEST.VALIDATION', 'The range ends before it starts', {
      fields: [{ path: 'querystring.to', message: 'Must be after from' }],
    });
  }
  if (days > MAX_CALENDAR_DAYS) {
    throw new AppError('CALENDAR.RANGE_TOO_LONG', `At most ${MAX_CALENDAR_DAYS} days at once`, {
      fields: [{ path: 'querystring.to', message: `At most ${MAX_CALENDAR_DAYS} days after from` }],
    });
  }
  return { from, to };
}

export async function listCalendar({
  actor,
  query,
}: {
  actor: OrgActor;
  query: z.output<typeof CalendarQuerySchema>;
}): Promise<Calendar> {
  requirePermission(actor, 'sessions.read');
  return actor.inTenant(async (tx) => {
    const timeZone = query.timeZone ?? (await organisationTimeZone(tx, actor.orgId));
    const { from, to } = rangeOf(query, timeZone);
    const rows = await repository.listCalendar(
      tx,
      {
        from: startOfLocalDay(from, timeZone),
        to: startOfLocalDay(to, timeZone),
        projectId: query.projectId,
        venueId: query.venueId,
        artistId: query.artistId,
        groupId: query.groupId,
        journeyId: query.journeyId,
        includeCancelled: query.includeCancelled === 'true',
        onlyGroupsOfRelay: actor.role === 'relay' ? actor.userId : undefined,
      },
      CALENDAR_LIMIT + 1,
    );
    return {
      from,
      to,
      timeZone,
      items: rows.slice(0, CALENDAR_LIMIT).map(presentSession),
      truncated: rows.length > CALENDAR_LIMIT,
    };
  });
}
