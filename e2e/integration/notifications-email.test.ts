// Story: with a mail relay configured, members also get their notifications by email, sent by a
// background job: at once for work waiting on them (a claim assigned, a verdict sent back), in
// one daily digest for the rest, never for a kind they turned off. Each email links to the claim
// and to the settings, and its unsubscribe link works without signing in; a forged one does not.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { ClaimDto } from '@/lib/validations/claim';
import type { MemberDto } from '@/lib/validations/member';
import { createArticle, createMember, createTeammate, send, type Member } from './support/api';
import { openMailbox, type Mailbox } from './support/mailbox';
import { sql } from './support/database';
import { eventually } from './support/eventually';

let mailbox: Mailbox;
let editor: Member;
let checker: Member;
let colleague: Member;
let articleId: string;

beforeAll(async () => {
  mailbox = await openMailbox();
  editor = await createMember('mail-editor');
  [checker, colleague] = await Promise.all([createTeammate(editor, 'checker'), createTeammate(editor, 'checker')]);
  articleId = (await createArticle(editor.api, { title: 'Rail', text: 'Trains ran late 12 percent of the time. Fares rose 4 percent. Ridership doubled.' })).id;
});

afterAll(async () => {
  await mailbox.close();
});

async function userIdOf(member: Member): Promise<string> {
  const list = await editor.api.get<{ members: MemberDto[] }>('/api/v1/members');
  return list.body.members.find((m) => m.email === member.user.email)!.userId;
}

const mark = async (exact: string) =>
  (await editor.api.post<ClaimDto>(`/api/v1/articles/${articleId}/claims`, { selector: { type: 'TextQuoteSelector', exact } })).body;

async function assign(claim: ClaimDto, member: Member): Promise<ClaimDto> {
  const response = await editor.api.patch<ClaimDto>(`/api/v1/claims/${claim.id}`, { version: claim.version, assigneeId: await userIdOf(member) });
  expect(response.status).toBe(200);
  return response.body;
}

const mailsTo = (member: Member) => mailbox.messages.filter((m) => [m.to].flat().some((to) => to?.value.some((v) => v.address === member.user.email)));
// mailparser reads the List-* header fields into one `list` object.
type ListHeaders = { unsubscribe?: { url?: string }; 'unsubscribe-post'?: { name?: string } };
const listHeaders = (mail: ParsedMail) => (mail.headers.get('list') ?? {}) as ListHeaders;
const oneClickOf = (mail: ParsedMail) => listHeaders(mail).unsubscribe?.url;
/** Where the email's links to claims lead: their workspace and the page (`to`). */
const claimLinksIn = (mail: ParsedMail) =>
  [...(mail.text ?? '').matchAll(/https?:\/\/\S+\/notifications\/open\?\S+/g)].map((match) => new URL(match[0]));
const preferenceOf = async (userId: string, kind: string) =>
  (await sql<{ delivery: string }>(`SELECT delivery::text FROM notification_preference WHERE "userId" = $1 AND kind = $2`, [userId, kind]))[0]?.delivery;

describe('an immediate email', () => {
  let mail: ParsedMail;
  let claim: ClaimDto;

  it('tells the assignee at once, with links to the claim and to the settings', async () => {
    claim = await assign(await mark('Trains ran late 12 percent of the time'), checker);
    mail = await mailbox.messageTo(checker.user.email, 30_000);
    expect(mail.subject).toContain('assigned a claim to you');
    expect(mail.text).toContain('Trains ran late 12 percent of the time');
    const [link] = claimLinksIn(mail);
    expect(link!.searchParams.get('to')).toBe(`/articles/${articleId}?claim=${claim.id}`);
    expect(link!.searchParams.get('workspace')).toBeTruthy();
    // Without a session the link asks to sign in first, and comes back.
    const opened = await send('GET', `${link!.pathname}${link!.search}`);
    expect(opened.status).toBe(307);
    expect(opened.headers.get('location')).toContain(`/sign-in?next=${encodeURIComponent(`${link!.pathname}${link!.search}`)}`);
    expect(mail.text).toMatch(/https?:\/\/\S+\/settings\/notifications/);
    expect(listHeaders(mail)['unsubscribe-post']?.name).toBe('List-Unsubscribe=One-Click');
    expect(mailsTo(editor)).toEqual([]);
  });

  it('unsubscribes without signing in, and a forged link is refused', async () => {
    const oneClick = oneClickOf(mail)!;
    const token = new URL(oneClick).searchParams.get('token')!;
    const checkerId = await userIdOf(checker);

    const page = await send('GET', `/unsubscribe?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain('Stop these emails?');

    const [user, scope, signature] = token.split('.');
    const forged = [
      `${Buffer.from(await userIdOf(colleague)).toString('base64url')}.${scope}.${signature}`,
      `${user}.mentioned.${signature}`,
      `${user}.${scope}.${'A'.repeat(43)}`,
      'nonsense',
    ];
    for (const bad of forged) expect((await send('POST', `/api/unsubscribe?token=${encodeURIComponent(bad)}`)).status).toBe(400);
    expect(await preferenceOf(checkerId, 'assigned')).toBeUndefined();

    const answer = await send<{ turnedOff: string[] }>('POST', `${new URL(oneClick).pathname}${new URL(oneClick).search}`);
    expect(answer.status).toBe(200);
    expect(answer.body.turnedOff).toEqual(['assigned']);
    expect(await preferenceOf(checkerId, 'assigned')).toBe('off');

    const fromPage = await send('POST', `/api/unsubscribe?token=${encodeURIComponent(token)}&from=page`);
    expect(fromPage.status).toBe(303);
    expect(fromPage.headers.get('location')).toBe('/unsubscribe?done=assigned');
  });

  it('is not sent for a kind turned off; the notification still reaches the app', async () => {
    const second = await assign(await mark('Fares rose 4 percent'), checker);
    // A kind still on, made after it: once its email is here, the job has been past the other.
    await assign(claim, colleague);
    await mailbox.messageTo(colleague.user.email, 30_000);
    const notified = await checker.api.get<{ notifications: { kind: string; claimId: string }[] }>('/api/v1/notifications');
    expect(notified.body.notifications[0]).toMatchObject({ kind: 'assigned', claimId: second.id });
    expect(mailsTo(checker)).toHaveLength(1);
  });
});

describe('the daily digest', () => {
  it('gathers the day’s notifications into one email, once a day', async () => {
    const reader = await createTeammate(editor, 'checker');
    const claim = await mark('Ridership doubled');
    for (const body of [`@${reader.user.email} can you look at this?`, `Reminder for @${reader.user.email}: the ridership source.`]) {
      expect((await editor.api.post(`/api/v1/claims/${claim.id}/comments`, { body })).status).toBe(201);
    }
    const readerId = await userIdOf(reader);
    // As if they had come in yesterday: the digest (hour 0 in the tests) takes what came before today's.
    await sql(`UPDATE notification SET "createdAt" = "createdAt" - interval '1 day' WHERE "recipientId" = $1`, [readerId]);

    const digest = await mailbox.messageTo(reader.user.email, 30_000);
    expect(digest.subject).toBe('Factdesk: 2 notifications since yesterday');
    expect(digest.text?.match(/mentioned you on a claim/g)).toHaveLength(2);
    expect(claimLinksIn(digest).map((link) => link.searchParams.get('to'))).toEqual([
      `/articles/${articleId}?claim=${claim.id}`,
      `/articles/${articleId}?claim=${claim.id}`,
    ]);
    expect(oneClickOf(digest)).toMatch(/\/api\/unsubscribe\?token=/);

    // Another mention today waits for tomorrow's digest, even backdated: one digest a day.
    expect((await editor.api.post(`/api/v1/claims/${claim.id}/comments`, { body: `@${reader.user.email} one more` })).status).toBe(201);
    await sql(`UPDATE notification SET "createdAt" = "createdAt" - interval '1 day' WHERE "recipientId" = $1 AND "emailedAt" IS NULL`, [readerId]);
    const later = await assign(await mark('Fares rose 4 percent'), reader);
    expect(later.assignee?.id).toBe(readerId);
    await eventually(async () => mailsTo(reader).length, (count) => count >= 2, 'the assignment email');
    expect(mailsTo(reader).filter((m) => m.subject?.startsWith('Factdesk:'))).toHaveLength(1);
    expect(await sql(`SELECT 1 FROM notification_digest WHERE "userId" = $1`, [readerId])).toHaveLength(1);
  });
});
