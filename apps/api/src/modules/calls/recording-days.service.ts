// Supervised recording days (issue 18 point 9): an applicant with no place to record is offered
// a session on one of the organisation's tour stops near their commune, before the call closes,
// where the team records them. The coordinator lists the stops within a distance of the
// applicant's commune, proposes one (recorded, one per application), and the applicant is told
// by e-mail in their language; their page shows it.
import type { RecordingDay, RecordingStopList } from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';
import { type Commune, haversineKm, resolveCommune } from '@tutti/geo';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { enqueueMail } from '../../platform/mail/outbox';
import { communeReference } from '../communes';
import { applicantLinks } from './applicant.service';
import type { ApplicationRow } from './applications.repository';
import * as applications from './applications.repository';
import { recordingDayMail } from './calls.mails';
import { textIn } from './calls.presenter';
import type { CallRow } from './calls.repository';
import { requireChairedCall } from './calls.service';
import { when } from './public-pages';
import { type LocatedStop, presentStop, recordingDayOf } from './recording-days.presenter';
import * as days from './recording-days.repository';

type Dataset = Awaited<ReturnType<typeof communeReference>>['dataset'];
export type Place = { dataset: Dataset; commune: Commune };

/** The applicant's commune by its code; 404 naming the field when no commune has it. */
function placeOf(dataset: Dataset, code: string, path: string): Place {
  const commune = resolveCommune(dataset, code);
  if (!commune) {
    const message = `No commune with the code ${code}`;
    throw new AppError('COMMUNE.NOT_FOUND', message, { fields: [{ path, message }] });
  }
  return { dataset, commune };
}

/** The commune reference is read before a transaction opens (it has its own queries). */
export async function communeOf(database: TuttiDatabase, code: string, path: string) {
  return placeOf((await communeReference(database)).dataset, code, path);
}

/**
 * The tour stops from now (or the opening) to the closing within `withinKm` of the commune, by
 * date then distance. A venue is placed at its own coordinates, else at its commune's centre.
 */
export async function stopsNear(
  tx: Tx,
  call: { orgId: string; opensAt: Date; closesAt: Date },
  place: Place,
  withinKm: number,
): Promise<LocatedStop[]> {
  const now = new Date();
  const from = now > call.opensAt ? now : call.opensAt;
  if (from >= call.closesAt) return [];
  const rows = await days.stopsBetween(tx, call.orgId, from, call.closesAt);
  return rows.flatMap((row) => {
    const location =
      row.latitude !== null && row.longitude !== null
        ? { lat: row.latitude, lon: row.longitude }
        : row.communeCode
          ? resolveCommune(place.dataset, row.communeCode)?.location
          : undefined;
    if (!location) return [];
    const distanceKm = Math.round(haversineKm(place.commune.location, location) * 10) / 10;
    return distanceKm <= withinKm ? [{ row, distanceKm }] : [];
  });
}

/** The call (its chair's: 403 to a coordinator on its jury) and one of its applications. */
async function applicationOfCall(tx: Tx, actor: OrgActor, callId: string, applicationId: string) {
  const call = await requireChairedCall(tx, actor, callId);
  const application = await applications.findApplicationOfCall(tx, callId, applicationId);
  if (!application) throw notFound('CALL_APPLICATION.NOT_FOUND', 'Application');
  return { call, application };
}

/**
 * The stops near a commune: the one asked, else the applicant's own, else the one their proposed
 * recording day was chosen near; none, with `commune: null`, when none is known. With the day
 * already proposed, if any.
 */
export async function listRecordingStops({
  actor,
  database,
  callId,
  applicationId,
  query,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  callId: string;
  applicationId: string;
  query: { communeCode?: string | undefined; withinKm: number };
}): Promise<RecordingStopList> {
  requirePermission(actor, 'calls.manage');
  const { dataset } = await communeReference(database);
  return actor.inTenant(async (tx) => {
    const { call, application } = await applicationOfCall(tx, actor, callId, applicationId);
    const path = 'querystring.communeCode';
    const proposed = await recordingDayOf(tx, applicationId);
    const code = query.communeCode ?? application.communeCode ?? proposed?.communeCode;
    // Nothing to search around yet: an empty list says so (commune null), not an error.
    if (!code) return { commune: null, items: [], proposed };
    const place = placeOf(dataset, code, path);
    const stops = await stopsNear(tx, call, place, query.withinKm);
    return {
      commune: { code: place.commune.id, name: place.commune.name },
      items: stops.map(presentStop),
      proposed,
    };
  });
}

/**
 * Proposes a stop to the applicant (replacing an earlier proposal) and queues the e-mail in
 * their language. The stop must be one the listing gives (400 CALL.RECORDING_STOP_UNKNOWN naming
 * body.sessionId); a withdrawn application cannot be offered one (409 CALL.WRONG_PHASE).
 */
export async function proposeRecordingDay({
  actor,
  database,
  callId,
  applicationId,
  input,
  publicUrl,
  transportConfigured,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  callId: string;
  applicationId: string;
  input: { sessionId: string; communeCode: string; withinKm: number };
  publicUrl: string;
  transportConfigured: boolean;
}): Promise<RecordingDay> {
  requirePermission(actor, 'calls.manage');
  const place = await communeOf(database, input.communeCode, 'body.communeCode');
  return actor.inTenant(async (tx) => {
    const { call, application } = await applicationOfCall(tx, actor, callId, applicationId);
    if (application.status === 'withdrawn') {
      throw new AppError('CALL.WRONG_PHASE', 'The application was withdrawn', {
        fields: [{ path: 'body.sessionId', message: 'The application was withdrawn' }],
      });
    }
    const stops = await stopsNear(tx, call, place, input.withinKm);
    const stop = stops.find((s) => s.row.sessionId === input.sessionId);
    if (!stop) {
      throw new AppError(
        'CALL.RECORDING_STOP_UNKNOWN',
        'Not a tour stop near the commune before the call closes',
        {
          fields: [
            {
              path: 'body.sessionId',
              message: `No tour stop within ${input.withinKm} km before the closing`,
            },
          ],
        },
      );
    }
    return offerRecordingDay(tx, {
      orgId: actor.orgId,
      call,
      application,
      stop,
      communeId: place.commune.id,
      proposedBy: actor.userId,
      publicUrl,
      transportConfigured,
    });
  });
}

/** Records the stop proposed to the application and queues the applicant's e-mail. */
export async function offerRecordingDay(
  tx: Tx,
  offer: {
    orgId: string;
    call: CallRow;
    application: ApplicationRow;
    stop: LocatedStop;
    communeId: string;
    proposedBy: string | null;
    publicUrl: string;
    transportConfigured: boolean;
  },
): Promise<RecordingDay> {
  const { call, application, stop } = offer;
  const saved = await days.saveRecordingDay(tx, {
    orgId: offer.orgId,
    applicationId: application.id,
    sessionId: stop.row.sessionId,
    communeCode: offer.communeId,
    distanceKm: stop.distanceKm,
    proposedBy: offer.proposedBy,
    proposedAt: new Date(),
  });
  const org = await applications.organisationFacts(tx, offer.orgId);
  const lang = application.locale;
  await enqueueMail(
    tx,
    {
      orgId: offer.orgId,
      kind: 'call-recording-day',
      to: application.email,
      ...recordingDayMail(lang, {
        organisationName: org.name,
        callTitle: textIn(call.title, lang),
        when: when(stop.row.startsAt, stop.row.timeZone, lang),
        place: [stop.row.venueName, stop.row.communeName].filter(Boolean).join(', '),
        ...applicantLinks(offer.publicUrl, org.slug, call.publicCode, application),
      }),
    },
    offer.transportConfigured,
  );
  return {
    ...presentStop(stop),
    communeCode: saved.communeCode,
    proposedAt: saved.proposedAt.toISOString(),
  };
}
