// The warm handover: an introduction of a participant to an ensemble (with their consent), the list
// of introductions, and the ensemble's answer from its one-time link.
import {
  can,
  HANDOVER_ANSWER_DAYS,
  type Handover,
  type HandoverAnswer,
  type HandoverCreateBody,
  type HandoverListQuery,
  isMinorAgeBand,
  type Locale,
} from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { enqueueMail } from '../../platform/mail/outbox';
import { recordConsent } from '../participants';
import { hashToken, newConfirmationToken, visibleSince } from './confirmation';
import * as directory from './directory.repository';
import * as repository from './handover.repository';
import { handoverTexts } from './i18n';

const DAY_MS = 86_400_000;

/** A day as e-mails write it in the reader's language: "12 janvier 2027", "12 January 2027". */
export function longDate(value: Date | string, lang: Locale = 'fr') {
  const instant = typeof value === 'string' ? new Date(`${value}T12:00:00Z`) : value;
  return new Intl.DateTimeFormat(lang, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Paris',
  }).format(instant);
}

/** The address of the page where the ensemble answers an introduction, in its language. */
export function handoverLink(publicUrl: string, token: string, lang: Locale = 'fr') {
  return `${publicUrl.replace(/\/$/, '')}/p/_/accueil/${token}?lang=${lang}`;
}

export function presentHandover(
  row: repository.HandoverListRow,
  followUps: repository.FollowUpRow[],
): Handover {
  const h = row.handover;
  return {
    id: h.id,
    participant: { id: h.participantId, firstName: row.firstName },
    group: { id: row.groupId, name: row.groupName },
    ensemble: { id: h.ensembleId, name: row.ensembleName },
    introducedBy: row.introducedByName,
    part: h.part,
    sang: h.sang,
    message: h.message,
    status: h.status,
    answerDueAt: h.answerDueAt.toISOString(),
    remindersSent: h.remindersSent,
    escalatedAt: h.escalatedAt?.toISOString() ?? null,
    answeredAt: h.answeredAt?.toISOString() ?? null,
    trialDate: h.trialDate,
    answerNote: h.answerNote,
    followUp: h.followUp,
    followUps: followUps
      .filter((f) => f.handoverId === h.id)
      .map((f) => ({
        kind: f.kind,
        sentAt: f.sentAt.toISOString(),
        answer: f.answer,
        answeredAt: f.answeredAt?.toISOString() ?? null,
      })),
    createdAt: h.createdAt.toISOString(),
  };
}

/**
 * Introduces a participant to an ensemble: the consent (on file, or given now and recorded in
 * the participants' consents), the introduction, and the ensemble's e-mail with its one-time
 * link, in one transaction. Relays introduce the participants of their groups, artists those of
 * groups whose sessions they led; anyone else is "not found" to them.
 */
export async function createHandover(options: {
  actor: OrgActor;
  participantId: string;
  input: HandoverCreateBody;
  publicUrl: string;
  smtpConfigured: boolean;
  now?: Date;
}): Promise<Handover> {
  const { actor, input } = options;
  requirePermission(actor, 'directory.introduce');
  const now = options.now ?? new Date();
  return actor.inTenant(async (tx) => {
    const participant = await repository.findParticipant(tx, actor.orgId, options.participantId);
    const inScope =
      participant &&
      (actor.role === 'relay'
        ? participant.relayUserId === actor.userId
        : actor.role === 'artist'
          ? await repository.ledSessionWith(tx, actor.userId, participant.groupId)
          : true);
    if (!participant || !inScope) throw notFound('PARTICIPANT.NOT_FOUND', 'Participant');
    if (participant.anonymisedAt) {
      throw new AppError('HANDOVER.PARTICIPANT_ANONYMISED', 'The participant was anonymised');
    }
    const ensemble = await directory.findEnsemble(tx, actor.orgId, input.ensembleId);
    if (
      ensemble?.status !== 'published' ||
      !ensemble.lastConfirmedAt ||
      ensemble.lastConfirmedAt < visibleSince(now)
    ) {
      throw new AppError('ENSEMBLE.NOT_FOUND', 'No such listing in the directory', {
        fields: [{ path: 'body.ensembleId', message: 'Not a current listing' }],
      });
    }
    if (!ensemble.contactEmail) {
      throw new AppError('HANDOVER.ENSEMBLE_UNREACHABLE', 'The listing has no e-mail address', {
        fields: [{ path: 'body.ensembleId', message: 'The ensemble has no e-mail address' }],
      });
    }
    if (await repository.findAwaiting(tx, participant.id, ensemble.id)) {
      throw new AppError('HANDOVER.ALREADY_AWAITING', 'Already introduced, awaiting an answer', {
        fields: [{ path: 'body.ensembleId', message: 'Already introduced to this ensemble' }],
      });
    }
    if (input.followUp && !input.contactEmail) {
      throw new AppError('HANDOVER.CONSENT_REQUIRED', 'The follow-up needs an e-mail address', {
        fields: [{ path: 'body.contactEmail', message: 'Needed for the follow-up' }],
      });
    }
    const consentId = await consentFor(tx, actor, participant, input, now);
    const { token, hash } = newConfirmationToken();
    const answerDueAt = new Date(now.getTime() + HANDOVER_ANSWER_DAYS * DAY_MS);
    const row = await repository.insertHandover(tx, {
      orgId: actor.orgId,
      participantId: participant.id,
      ensembleId: ensemble.id,
      introducedBy: actor.userId,
      consentId,
      part: input.part ?? null,
      sang: input.sang,
      message: input.message ?? null,
      contactEmail: input.contactEmail ?? null,
      followUp: input.followUp,
      answerDueAt,
      tokenHash: hash,
      createdAt: now,
    });
    const [listed] = (
      await repository.listHandovers(tx, actor.orgId, { ids: [row.id] }, { limit: 1, offset: 0 })
    ).items;
    // The ensemble reads its own language, whoever introduces the participant.
    const lang = ensemble.language;
    const texts = handoverTexts[lang];
    const organisation = await directory.organisationName(tx, actor.orgId);
    const messageId = await enqueueMail(
      tx,
      {
        orgId: actor.orgId,
        kind: 'directory-handover',
        to: ensemble.contactEmail,
        subject: texts.introductionSubject({ firstName: participant.firstName, organisation }),
        text: texts.introductionBody({
          firstName: participant.firstName,
          ensemble: ensemble.name,
          organisation,
          introducer: listed!.introducedByName ?? organisation,
          part: row.part ? VOCABULARY[lang].ensemblePart[row.part] : null,
          sang: row.sang,
          message: row.message,
          answerBy: longDate(answerDueAt, lang),
          link: handoverLink(options.publicUrl, token, lang),
        }),
      },
      options.smtpConfigured,
    );
    await repository.noteMessage(tx, row.id, messageId);
    return presentHandover(listed!, []);
  });
}

/** The consent the introduction rests on: a current one on file, or the one given now. */
async function consentFor(
  tx: Parameters<typeof repository.findParticipant>[0],
  actor: OrgActor,
  participant: NonNullable<Awaited<ReturnType<typeof repository.findParticipant>>>,
  input: HandoverCreateBody,
  now: Date,
) {
  const needed = input.followUp ? ['handover', 'follow_up'] : ['handover'];
  if (input.consent) {
    const row = await recordConsent(
      tx,
      {
        ...input.consent,
        purposes: needed as ('handover' | 'follow_up')[],
        orgId: actor.orgId,
        participantId: participant.id,
        recordedBy: actor.userId,
      },
      'body.consent',
    );
    return row.id;
  }
  const current = await repository.currentConsentPurposes(tx, participant.id);
  const covering = current.find((c) => needed.every((p) => c.purposes.includes(p)));
  if (covering) return covering.id;
  const who = isMinorAgeBand(participant.ageBand) ? 'their guardian' : 'the participant';
  throw new AppError('HANDOVER.CONSENT_REQUIRED', `No consent of ${who} on file for this`, {
    fields: [
      {
        path: 'body.consent',
        message: input.followUp
          ? `The consent of ${who} to be introduced and followed up`
          : `The consent of ${who} to be introduced`,
      },
    ],
    details: { minor: isMinorAgeBand(participant.ageBand), at: now.toISOString().slice(0, 10) },
  });
}

/** Introductions: every one for coordinators, one's own for the others. */
export async function listHandovers({
  actor,
  query,
}: {
  actor: OrgActor;
  query: HandoverListQuery;
}) {
  requirePermission(actor, 'directory.introduce');
  const all = can(actor.role, 'directory.readHandovers');
  return actor.inTenant(async (tx) => {
    const { items, total } = await repository.listHandovers(
      tx,
      actor.orgId,
      {
        status: query.status,
        groupId: query.groupId,
        ...(all ? {} : { introducedBy: actor.userId }),
      },
      { limit: query.limit, offset: query.offset },
    );
    const followUps = await repository.followUpsOf(
      tx,
      items.map((row) => row.handover.id),
    );
    return {
      items: items.map((row) => presentHandover(row, followUps)),
      total,
      limit: query.limit,
      offset: query.offset,
    };
  });
}

/** What the ensemble's link shows; null when no introduction has this secret. */
export async function findHandoverByToken(database: TuttiDatabase, token: string) {
  return repository.findHandoverByTokenHash(database.db, hashToken(token));
}

/**
 * The ensemble's answer: recorded once (a second submission finds it answered), and passed on
 * to the participant by e-mail when they left an address. Answers the state after it.
 */
export async function answerHandover(options: {
  database: TuttiDatabase;
  token: string;
  answer: HandoverAnswer;
  smtpConfigured: boolean;
  now?: Date;
}) {
  const found = await findHandoverByToken(options.database, options.token);
  if (!found) return null;
  const h = found.handover;
  const now = options.now ?? new Date();
  const answer = options.answer;
  const done = await options.database.withTenant({ orgId: h.orgId, userId: null }, async (tx) => {
    const changed = await repository.answerHandover(tx, h.id, {
      status: answer.answer === 'accept' ? 'accepted' : 'declined',
      trialDate: answer.answer === 'accept' ? answer.trialDate : null,
      answerNote: answer.note,
      answeredAt: now,
    });
    if (!changed) return false;
    if (h.contactEmail) {
      const texts = handoverTexts.fr;
      const names = { firstName: found.firstName, ensemble: found.ensembleName };
      await enqueueMail(
        tx,
        answer.answer === 'accept'
          ? {
              orgId: h.orgId,
              kind: 'directory-handover-answer',
              to: h.contactEmail,
              subject: texts.acceptedSubject(names),
              text: texts.acceptedBody({
                ...names,
                trialDate: longDate(answer.trialDate),
                note: answer.note,
              }),
            }
          : {
              orgId: h.orgId,
              kind: 'directory-handover-answer',
              to: h.contactEmail,
              subject: texts.declinedSubject(names),
              text: texts.declinedBody({
                ...names,
                note: answer.note,
                organisation: found.organisationName,
              }),
            },
        options.smtpConfigured,
      );
    }
    return true;
  });
  return { ...found, answered: done };
}
