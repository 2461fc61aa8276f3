// The follow-up a participant agreed to: the answer from the one-time link of its e-mail.
import type { FollowUpAnswer } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { hashToken } from './confirmation';
import * as repository from './handover.repository';

/** What a follow-up link shows; null when no follow-up has this secret. */
export async function findFollowUpByToken(database: TuttiDatabase, token: string) {
  return repository.findFollowUpByTokenHash(database.db, hashToken(token));
}

/** Records the answer (a second one replaces the first). The caller checked it fits the kind. */
export async function answerFollowUp(options: {
  database: TuttiDatabase;
  found: NonNullable<Awaited<ReturnType<typeof findFollowUpByToken>>>;
  answer: FollowUpAnswer;
  now?: Date;
}) {
  const { followUp } = options.found;
  await options.database.withTenant({ orgId: followUp.orgId, userId: null }, (tx) =>
    repository.answerFollowUp(tx, followUp.id, options.answer, options.now ?? new Date()),
  );
}
