import { schema } from '@tutti/db';
import { eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedChoir } from '../../testing/choir-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { choirScoreLoansRetention } from './score-loans.retention';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let choir: Awaited<ReturnType<typeof seedChoir>>;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  choir = await seedChoir(org);
  base = `/api/orgs/${org.id}/choirs/${choir.choirId}`;
});
afterAll(() => t.close());

type Shelf = {
  canSetCopies: boolean;
  parts: string[] | null;
  pieces: { pieceId: string; copiesOwned: number; copiesOut: number; onShelf: number }[];
  loans: {
    id: string;
    pieceId: string;
    member: { id: string; firstName: string; partCode: string } | null;
    copies: number;
    note: string | null;
  }[];
};

const shelf = async (as = org.members.coordinator) =>
  (await as.get(`${base}/score-copies`)).body as Shelf;
const setCopies = (copiesOwned: number, as = org.members.coordinator) =>
  as.request('PUT', `${base}/pieces/${choir.pieceId}/score-copies`, { copiesOwned });
const lend = (body: Record<string, unknown>, as = org.members.coordinator) =>
  as.post(`${base}/score-loans`, { pieceId: choir.pieceId, ...body });
const giveBack = (loanIds: string[], as = org.members.coordinator) =>
  as.post(`${base}/score-loans/return`, { loanIds });
const pathOf = (response: { body: unknown }) =>
  (response.body as { error: { code: string; fields?: { path: string }[] } }).error;

describe('printed score copies', () => {
  it('lends what the shelf holds and refuses more with 409 naming body.copies', async () => {
    expect((await setCopies(3)).status).toBe(200);
    const first = await lend({ memberId: choir.myMemberId, copies: 2, note: 'Chemise bleue' });
    expect(first.status).toBe(201);
    expect((await shelf()).pieces.find((p) => p.pieceId === choir.pieceId)).toMatchObject({
      copiesOwned: 3,
      copiesOut: 2,
      onShelf: 1,
    });
    const tooMany = await lend({ memberId: choir.others[0], copies: 2 });
    expect(tooMany.status).toBe(409);
    expect(pathOf(tooMany)).toMatchObject({
      code: 'CHOIR.NOT_ENOUGH_COPIES',
      fields: [{ path: 'body.copies' }],
    });
    expect(tooMany.body).toMatchObject({ error: { details: { onShelf: 1 } } });
    const fewer = await setCopies(1);
    expect(fewer.status).toBe(409);
    expect(pathOf(fewer).fields).toEqual([expect.objectContaining({ path: 'body.copiesOwned' })]);
    const none = await lend({ memberId: choir.others[0], copies: 0 });
    expect(none.status).toBe(400);
    expect(pathOf(none).fields![0]!.path).toBe('body.copies');
    const future = await lend({ memberId: choir.others[0], lentOn: '2099-01-01' });
    expect(future.status).toBe(400);
    expect(pathOf(future).fields).toEqual([expect.objectContaining({ path: 'body.lentOn' })]);
    const stranger = await lend({ memberId: choir.pieceId });
    expect(stranger.status).toBe(404);
    expect(pathOf(stranger).fields).toEqual([expect.objectContaining({ path: 'body.memberId' })]);
  });

  it('gives the last copy to one of two lendings fired together', async () => {
    const answers = await Promise.all([
      lend({ memberId: choir.others[0] }),
      lend({ memberId: choir.others[1] }),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([201, 409]);
    const piece = (await shelf()).pieces.find((p) => p.pieceId === choir.pieceId)!;
    expect(piece).toMatchObject({ copiesOwned: 3, copiesOut: 3, onShelf: 0 });
  });

  it('shows the singer what they hold, and a section leader only the parts they lead', async () => {
    const mine = await org.members.viewer.get(`${base}/me/score-copies`);
    expect(mine.status).toBe(200);
    expect((mine.body as { items: Shelf['loans'] }).items).toEqual([
      expect.objectContaining({ copies: 2, note: 'Chemise bleue', pieceTitle: 'Dona nobis pacem' }),
    ]);
    // The viewer sings but leads no part; the relay does not sing at all.
    expect((await org.members.viewer.get(`${base}/score-copies`)).status).toBe(404);
    expect((await org.members.relay.get(`${base}/score-copies`)).status).toBe(404);
    const leader = await shelf(org.members.artist);
    expect(leader.canSetCopies).toBe(false);
    expect(leader.parts).toEqual([choir.part('A1')]);
    expect(leader.loans.every((loan) => loan.member?.partCode === 'A1')).toBe(true);
    expect((await setCopies(10, org.members.artist)).status).toBe(403);
    // Choriste 1 sings S1: not the leader's to lend to.
    await setCopies(5);
    const notMine = await lend({ memberId: choir.others[0] }, org.members.artist);
    expect(notMine.status).toBe(404);
    expect(pathOf(notMine).fields).toEqual([expect.objectContaining({ path: 'body.memberId' })]);
    expect((await lend({ memberId: choir.leaderId }, org.members.artist)).status).toBe(201);
  });

  it('takes a singer’s loans back in one gesture and names a returned or unknown one', async () => {
    const held = (await shelf()).loans.filter((l) => l.member?.id === choir.myMemberId);
    const back = await giveBack(held.map((l) => l.id));
    expect(back.status).toBe(200);
    expect(back.body).toEqual({ returned: held.length });
    expect((await org.members.viewer.get(`${base}/me/score-copies`)).body).toEqual({ items: [] });
    const again = await giveBack([held[0]!.id]);
    expect(again.status).toBe(409);
    expect(pathOf(again)).toMatchObject({
      code: 'CHOIR.LOAN_RETURNED',
      fields: [{ path: 'body.loanIds.0' }],
    });
    const unknown = await giveBack([choir.pieceId]);
    expect(unknown.status).toBe(404);
    expect(pathOf(unknown).fields).toEqual([expect.objectContaining({ path: 'body.loanIds.0' })]);
  });

  it('erasing a singer drops their returned loans and keeps copies still out unnamed', async () => {
    const member = choir.others[0]!;
    const [row] = await t.database.db
      .select({ participantId: schema.choirMembers.participantId })
      .from(schema.choirMembers)
      .where(eq(schema.choirMembers.id, member));
    const returned = await lend({ memberId: member, note: 'Pour Zébulon Quartz' });
    await giveBack([(returned.body as { id: string }).id]);
    await lend({ memberId: member, note: 'Zébulon Quartz, chemise verte' });
    const before = await shelf();
    const outBefore = before.pieces.find((p) => p.pieceId === choir.pieceId)!.copiesOut;
    const openOfMember = before.loans.filter((l) => l.member?.id === member).length;
    const erased = await org.members.admin.post(
      `/api/orgs/${org.id}/participants/${row!.participantId}/erasure`,
      { confirm: true },
    );
    expect(erased.status).toBe(200);
    const loans = await t.database.db
      .select()
      .from(schema.choirScoreLoans)
      .where(eq(schema.choirScoreLoans.pieceId, choir.pieceId));
    expect(JSON.stringify(loans)).not.toContain('Zébulon');
    expect(loans.filter((l) => l.memberId === null)).toHaveLength(openOfMember);
    expect(loans.filter((l) => l.memberId === null).every((l) => l.returnedOn === null)).toBe(true);
    const after = await shelf();
    expect(after.pieces.find((p) => p.pieceId === choir.pieceId)!.copiesOut).toBe(outBefore);
    expect(after.loans.filter((l) => l.member === null)).toHaveLength(openOfMember);
  });

  it('retention deletes loans a year after their return and clears the note of an anonymised singer', async () => {
    const member = choir.others[1]!;
    const open = await lend({ memberId: member, note: 'Chemise rouge, Bérénice Ozanam' });
    expect(open.status).toBe(201);
    const [row] = await t.database.db
      .select({ participantId: schema.choirMembers.participantId })
      .from(schema.choirMembers)
      .where(eq(schema.choirMembers.id, member));
    await t.database.db
      .update(schema.participants)
      .set({ anonymisedAt: new Date() })
      .where(eq(schema.participants.id, row!.participantId));
    const returnedBefore = await t.database.db
      .select()
      .from(schema.choirScoreLoans)
      .where(isNotNull(schema.choirScoreLoans.returnedOn));
    expect(returnedBefore.length).toBeGreaterThan(0);
    // Today nothing returned is a year old; in 400 days every returned loan is.
    const counts = await choirScoreLoansRetention.purge(
      t.database,
      new Date(Date.now() + 400 * 86_400_000),
    );
    const left = await t.database.db.select().from(schema.choirScoreLoans);
    expect(left.every((loan) => loan.returnedOn === null)).toBe(true);
    expect(left.find((loan) => loan.id === (open.body as { id: string }).id)?.note).toBeNull();
    expect([...counts.values()].reduce((sum, n) => sum + n, 0)).toBe(returnedBefore.length + 1);
  });
});
