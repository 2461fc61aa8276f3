// Applying without an account: the one-time link confirmed the address; the applicant starts a
// draft, fills it, sends recordings and submits; the receipt goes through the outbox.
import {
  type ApplicantApplication,
  type ApplicantData,
  type ApplicantOverview,
  type ApplicantUpdateBody,
  EmailSchema,
  LocalDateSchema,
  type Locale,
  PhoneSchema,
} from '@tutti/contracts';
import type { TuttiDatabase, Tx } from '@tutti/db';
import { AppError, notFound } from '../../platform/errors';
import type { GuestActor, GuestScopeDefinition } from '../../platform/guest-access';
import { enqueueMail } from '../../platform/mail/outbox';
import { placeValues, resolveApplicantCommune } from './applicant-place';
import * as applications from './applications.repository';
import { receiptMail } from './calls.mails';
import { communeOf, isOpen, newApplicantCode, recordingStatus, textIn } from './calls.presenter';
import * as calls from './calls.repository';
import { callNotFound } from './calls.service';
import * as jury from './jury.repository';
import { recordingDayOf } from './recording-days.presenter';

/** The applicant's page, where the one-time link lands (applicant-pages.routes.tsx). */
export const APPLICANT_PATH = '/p/_/candidature';

export const applicantScope: GuestScopeDefinition = {
  scope: 'applicant',
  // Anyone may apply while a call is open; afterwards, those who applied follow their status.
  knows: async (tx, address) =>
    address.channel === 'email' &&
    ((await calls.listOpenCalls(tx, new Date())).length > 0 ||
      (await applications.applicationsOfEmail(tx, address.value)).length > 0),
  landingPath: APPLICANT_PATH,
  purpose: {
    fr: 'déposer et suivre votre candidature',
    en: 'submit and follow your application',
    de: 'Ihre Bewerbung einzureichen und zu verfolgen',
  },
};

/**
 * The e-mails' links: the applicant's page, and the call's public page, where a new one-time
 * link is asked for once the access has ended (none while the organisation publishes no pages).
 */
export function applicantLinks(
  publicUrl: string,
  slug: string | null,
  callCode: string,
  application: { id: string; locale: Locale },
) {
  return {
    pageUrl: `${publicUrl}${APPLICANT_PATH}/${application.id}?lang=${application.locale}`,
    linkUrl: slug ? `${publicUrl}/p/${slug}/appels/${callCode}?lang=${application.locale}` : null,
  };
}

const applicationNotFound = () => notFound('CALL_APPLICATION.NOT_FOUND', 'Application');

export async function applicantOverview(guest: GuestActor): Promise<ApplicantOverview> {
  return guest.inTenant(async (tx) => {
    const open = await calls.listOpenCalls(tx, new Date());
    const mine = await applications.applicationsOfEmail(tx, guest.address.value);
    return {
      organisation: { name: guest.organisationName },
      email: guest.address.value,
      openCalls: open.map((call) => ({
        id: call.id,
        publicCode: call.publicCode,
        title: call.title,
        closesAt: call.closesAt.toISOString(),
        timeZone: call.timeZone,
      })),
      applications: mine.map(({ application, call }) => ({
        id: application.id,
        callId: call.id,
        title: call.title,
        code: application.code,
        status: application.status,
        submittedAt: application.submittedAt?.toISOString() ?? null,
        decision: application.notifiedAt ? application.decision : null,
      })),
    };
  });
}

/** The guest's own application and its call; anyone else's is a 404. */
export async function ownApplication(tx: Tx, guest: GuestActor, applicationId: string) {
  const application = await applications.findApplication(tx, guest.orgId, applicationId);
  if (!application || application.email !== guest.address.value) throw applicationNotFound();
  const call = await calls.findCall(tx, guest.orgId, application.callId);
  if (!call) throw applicationNotFound();
  return { application, call };
}

async function present(
  tx: Tx,
  guest: GuestActor,
  applicationId: string,
): Promise<ApplicantApplication> {
  const { application, call } = await ownApplication(tx, guest, applicationId);
  const recordings = await applications.recordingsOf(tx, [application.id]);
  return {
    id: application.id,
    code: application.code,
    status: application.status,
    name: application.name,
    locale: application.locale,
    part: application.part,
    answers: application.answers,
    submittedAt: application.submittedAt?.toISOString() ?? null,
    decision: application.notifiedAt ? application.decision : null,
    call: {
      id: call.id,
      title: call.title,
      eligibility: call.eligibility,
      closesAt: call.closesAt.toISOString(),
      timeZone: call.timeZone,
      open: isOpen(call),
      fields: call.fields.map(({ key, type, label, required, options }) => ({
        key,
        type,
        label,
        required,
        options,
      })),
      parts: call.parts,
    },
    recordings: call.recordings.map((spec) => {
      const recording = recordings.find((r) => r.key === spec.key);
      return {
        key: spec.key,
        label: spec.label,
        maxSeconds: spec.maxSeconds,
        required: spec.required,
        status: recordingStatus(call, recording),
        durationMs: recording?.durationMs ?? null,
      };
    }),
    recordingDay: await recordingDayOf(tx, application.id),
    needsRecordingDay: application.needsRecordingDay,
    commune: communeOf(application),
  };
}

export function readApplication(guest: GuestActor, applicationId: string) {
  return guest.inTenant((tx) => present(tx, guest, applicationId));
}

/** A draft for an open call; the same draft again when one exists for this address. */
export async function startApplication(
  guest: GuestActor,
  input: { callId: string; locale?: 'fr' | 'en' | 'de' },
) {
  return guest.inTenant(async (tx) => {
    const call = await calls.findCall(tx, guest.orgId, input.callId);
    if (!call || call.phase === 'draft') throw callNotFound();
    const existing = (await applications.applicationsOfEmail(tx, guest.address.value)).find(
      (row) => row.call.id === call.id,
    );
    if (existing) return present(tx, guest, existing.application.id);
    if (!isOpen(call))
      throw new AppError('CALL.NOT_OPEN', 'This call does not take applications now');
    for (;;) {
      const row = await applications.insertApplication(tx, {
        orgId: guest.orgId,
        callId: call.id,
        code: newApplicantCode(),
        email: guest.address.value,
        locale: input.locale ?? 'fr',
      });
      if (row) return present(tx, guest, row.id);
    }
  });
}

/** A draft of an open call: anything else is 409 (submitted) or 409 (closed). */
export async function requireEditable(tx: Tx, guest: GuestActor, applicationId: string) {
  const found = await ownApplication(tx, guest, applicationId);
  if (found.application.status !== 'draft') {
    throw new AppError('CALL.APPLICATION_SUBMITTED', 'This application is already submitted');
  }
  if (!isOpen(found.call))
    throw new AppError('CALL.NOT_OPEN', 'This call no longer takes applications');
  return found;
}

const answerChecks = {
  email: (value: string) => EmailSchema.safeParse(value).success,
  phone: (value: string) => PhoneSchema.safeParse(value).success,
  date: (value: string) => LocalDateSchema.safeParse(value).success,
} as Record<string, (value: string) => boolean>;

export async function updateApplication(
  guest: GuestActor,
  applicationId: string,
  input: ApplicantUpdateBody,
  database: TuttiDatabase,
) {
  // The communes' search reads its own data: before the transaction opens.
  const commune = await resolveApplicantCommune(database, input.commune);
  return guest.inTenant(async (tx) => {
    const { application, call } = await requireEditable(tx, guest, applicationId);
    const place = placeValues(application, input, commune);
    if (input.part && !call.parts.some((p) => p.key === input.part)) {
      throw invalid('body.part', `One of: ${call.parts.map((p) => p.key).join(', ')}`);
    }
    const answers = { ...application.answers };
    for (const [key, raw] of Object.entries(input.answers ?? {})) {
      const field = call.fields.find((f) => f.key === key);
      if (!field) throw invalid(`body.answers.${key}`, 'No such field in this call');
      const value = raw.trim();
      if (value === '') {
        delete answers[key];
        continue;
      }
      const valid =
        field.type === 'choice'
          ? field.options.includes(value)
          : (answerChecks[field.type]?.(value) ?? true);
      if (!valid) throw invalid(`body.answers.${key}`, `Not a valid ${field.type}`);
      answers[key] = value;
    }
    await applications.updateApplication(tx, application.id, {
      answers,
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.locale !== undefined ? { locale: input.locale } : {}),
      ...(input.part !== undefined ? { part: input.part } : {}),
      ...place,
    });
    return present(tx, guest, application.id);
  });
}

function invalid(path: string, message: string) {
  return new AppError('CALL.INCOMPLETE', message, { fields: [{ path, message }] });
}

/**
 * Submits once everything required is there (400 naming each missing piece), matches the
 * applicant to a participant for conflicts of interest, and queues the receipt.
 */
export async function submitApplication(
  guest: GuestActor,
  applicationId: string,
  options: { publicUrl: string; transportConfigured: boolean },
) {
  return guest.inTenant(async (tx) => {
    const { application, call } = await requireEditable(tx, guest, applicationId);
    const recordings = await applications.recordingsOf(tx, [application.id]);
    const missing: { path: string; message: string }[] = [];
    if (!application.name.trim()) missing.push({ path: 'name', message: 'Required' });
    if (call.parts.length > 0 && !application.part)
      missing.push({ path: 'part', message: 'Required' });
    for (const field of call.fields.filter((f) => f.required)) {
      if (!application.answers[field.key])
        missing.push({ path: `answers.${field.key}`, message: 'Required' });
    }
    for (const spec of call.recordings) {
      const status = recordingStatus(
        call,
        recordings.find((r) => r.key === spec.key),
      );
      if (status === 'tooLong') {
        missing.push({ path: `recordings.${spec.key}`, message: `At most ${spec.maxSeconds} s` });
      } else if (spec.required && status !== 'ready') {
        missing.push({
          path: `recordings.${spec.key}`,
          message: status ? `Not ready (${status})` : 'Required',
        });
      }
    }
    if (missing.length > 0) {
      throw new AppError('CALL.INCOMPLETE', 'Something required is missing', { fields: missing });
    }
    await applications.updateApplication(tx, application.id, {
      status: 'submitted',
      submittedAt: new Date(),
      participantId: await applications.matchingParticipant(tx, application.name),
    });
    const org = await applications.organisationFacts(tx, guest.orgId);
    await enqueueMail(
      tx,
      {
        orgId: guest.orgId,
        kind: 'call-receipt',
        to: application.email,
        ...receiptMail(application.locale, {
          organisationName: org.name,
          callTitle: textIn(call.title, application.locale),
          code: application.code,
          ...applicantLinks(options.publicUrl, org.slug, call.publicCode, application),
        }),
      },
      options.transportConfigured,
    );
    return present(tx, guest, application.id);
  });
}

/**
 * The applicant's right of access once the results are sent: the decision, each juror's scores
 * and comments (jurors named by number only). 409 before the results.
 */
export async function applicantData(guest: GuestActor, applicationId: string) {
  return guest.inTenant((tx) => readApplicantData(tx, guest, applicationId));
}

async function readApplicantData(
  tx: Tx,
  guest: GuestActor,
  applicationId: string,
): Promise<ApplicantData> {
  const { application } = await ownApplication(tx, guest, applicationId);
  if (!application.notifiedAt) {
    throw new AppError(
      'CALL.NOT_DECIDED',
      'Your evaluations are readable once the results are sent',
    );
  }
  const evaluations = await jury.evaluationsOf(tx, application.id);
  return {
    code: application.code,
    decision: application.decision,
    decisionReason: application.decisionReason,
    evaluations: evaluations.map((e, index) => ({
      juror: `${index + 1}`,
      scores: e.scores,
      recordingQuality: e.recordingQuality,
      total: e.total,
      comment: e.note,
    })),
  };
}

/**
 * What the applicant's page shows, in one transaction: the application, and once the results
 * are sent the jury's evaluations with the rubric's labels in `lang`.
 */
export async function readApplicationPage(guest: GuestActor, applicationId: string, lang: Locale) {
  return guest.inTenant(async (tx) => {
    const application = await present(tx, guest, applicationId);
    if (!application.decision) return { application, evaluations: null };
    const { call } = await ownApplication(tx, guest, applicationId);
    const data = await readApplicantData(tx, guest, applicationId);
    const criteria = Object.fromEntries(call.criteria.map((c) => [c.key, textIn(c.label, lang)]));
    return { application, evaluations: { data, criteria } };
  });
}
