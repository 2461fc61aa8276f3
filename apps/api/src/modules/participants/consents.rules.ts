// Rules on consent dates, shared by enrolment and by the consent form.
import { addDays, utcDate } from '@tutti/kit/dates';
import { AppError } from '../../platform/errors';

/** Tomorrow in UTC: a date typed in a time zone ahead of UTC is still "today" somewhere. */
function latestAcceptableDate(now = new Date()) {
  return addDays(utcDate(now), 1);
}

/** Consents are not dated in the future, and are withdrawn on or after the day they were given. */
export function checkConsentDates(givenOn: string, withdrawnOn: string | null, at: string) {
  const latest = latestAcceptableDate();
  const fields = [];
  if (givenOn > latest) fields.push({ path: `${at}.givenOn`, message: 'Not in the future' });
  if (withdrawnOn && withdrawnOn > latest) {
    fields.push({ path: `${at}.withdrawnOn`, message: 'Not in the future' });
  }
  if (withdrawnOn && withdrawnOn < givenOn) {
    fields.push({ path: `${at}.withdrawnOn`, message: 'Before the consent was given' });
  }
  if (fields.length > 0)
    throw new AppError('CONSENT.INVALID_DATES', 'Impossible dates', { fields });
}
