// Story: on a server with a mail relay configured (FACTDESK_SMTP_URL), an admin who invites a
// colleague by address has the link emailed to them by a background job, and the pending
// invitations say how it went; a relay that says "later" or is down is tried again, a refused
// address never loses the invitation: the admin is told and still has the link. The relay's
// password never reaches an answer or the server's log.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ParsedMail } from 'mailparser';
import type { InvitationDto } from '@/lib/validations/invitation';
import type { JobDto } from '@/lib/validations/job';
import { createMember, createTeammate, type Member } from './support/api';
import { accept, invite } from './support/invitations';
import { MAILBOX_PASSWORD, openMailbox, type Mailbox } from './support/mailbox';
import { uniqueUser } from './support/test-users';
import { sql } from './support/database';
import { eventually } from './support/eventually';

let owner: Member;
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await openMailbox();
  owner = await createMember('mailing-admin');
});

afterAll(async () => {
  await mailbox.close();
});

const pending = async () => (await owner.api.get<{ invitations: InvitationDto[] }>('/api/v1/invitations')).body.invitations;

/** The invitation as listed, once its email (sent by a background job) is in one of these states. */
async function listedOnce(id: string, states: InvitationDto['emailStatus'][]): Promise<InvitationDto> {
  const listed = await eventually(
    async () => (await pending()).find((i) => i.id === id),
    (invitation) => invitation !== undefined && states.includes(invitation.emailStatus),
    `the invitation's email to be ${states.join(' or ')}`,
  );
  return listed!;
}
// Invitation emails only: the relay also carries other mail (notifications) while these run.
const invitationEmails = () => mailbox.messages.filter((m) => m.subject?.includes('invited you')).length;
const linkIn = (mail: ParsedMail) => mail.text?.match(/https?:\/\/\S+\/invite\/[A-Za-z0-9_-]{43}/)?.[0];

describe('an invitation to an address', () => {
  it('is emailed there with the link, who invites, to which workspace and as what', async () => {
    const address = uniqueUser('invitee').email;
    const created = await invite(owner.api, { role: 'editor', email: address });
    expect(created.emailDelivery).toEqual({ status: 'queued' });

    const mail = await mailbox.messageTo(address);
    expect(await listedOnce(created.id, ['sent'])).toMatchObject({ emailStatus: 'sent', emailFailure: null });
    expect(mail.from?.text).toBe('"Factdesk Tests" <desk@factdesk.test>');
    expect(mail.subject).toBe(`${owner.user.name} invited you to “${owner.user.workspace}” on Factdesk`);
    expect(mail.text).toContain(`as editor: you will be able to approve and publish verdicts`);
    expect(linkIn(mail)).toBe(created.url);
    expect(mail.html).toContain(`<a href="${created.url}">Accept the invitation</a>`);
  });

  it('carries a link that works: the colleague who opens it joins with the role', async () => {
    const colleague = await createMember('emailed-colleague');
    const created = await invite(owner.api, { role: 'checker', email: colleague.user.email });
    const link = linkIn(await mailbox.messageTo(colleague.user.email));
    const token = link!.split('/invite/')[1]!;
    const joined = await accept(colleague.api, token);
    expect(joined.status).toBe(200);
    expect(joined.body).toMatchObject({ outcome: 'joined', role: 'checker', workspace: { name: owner.user.workspace } });
    expect((await pending()).map((i) => i.id)).not.toContain(created.id);
  });

  it('sends nothing when no address is given', async () => {
    const before = invitationEmails();
    const created = await invite(owner.api, { role: 'viewer' });
    expect(created.emailDelivery).toEqual({ status: 'no_address' });
    expect(invitationEmails()).toBe(before);
    expect((await pending()).find((i) => i.id === created.id)?.emailStatus).toBeNull();
  });

  it('is tried again when the relay says "later", and then delivered', async () => {
    const address = uniqueUser('greylist').email;
    const created = await invite(owner.api, { role: 'viewer', email: address });
    expect(created.emailDelivery).toEqual({ status: 'queued' });
    // The first attempt is answered 451; the job's retry, after its backoff, goes through.
    expect(linkIn(await mailbox.messageTo(address))).toBe(created.url);
    expect(await listedOnce(created.id, ['sent'])).toMatchObject({ emailStatus: 'sent' });
    const jobs = (await owner.api.get<{ jobs: JobDto[] }>('/api/v1/jobs')).body.jobs;
    expect(jobs.find((j) => j.subject === address)).toMatchObject({ kind: 'invitation-email', state: 'completed', attempts: 1 });
  });

  it('is kept when the relay refuses the address: the admin is told why and has the link', async () => {
    const created = await invite(owner.api, { role: 'checker', email: 'someone@refuse.example.test' });
    expect(created.emailDelivery).toEqual({ status: 'queued' });
    expect(created.url).toMatch(/\/invite\/[A-Za-z0-9_-]{43}$/);
    // A refusal will not change by itself: no retry, the admin reads why.
    const listed = await listedOnce(created.id, ['failed']);
    expect(listed.emailFailure).toMatch(/refused the message \(550\)/);
    expect(JSON.stringify(listed)).not.toContain(MAILBOX_PASSWORD);
  });

  it('is made by admins only: an editor’s attempt sends no email', async () => {
    const editor = await createTeammate(owner, 'editor');
    const before = invitationEmails();
    const refused = await editor.api.post('/api/v1/invitations', { role: 'viewer', email: uniqueUser('x').email });
    expect(refused.status).toBe(403);
    expect(invitationEmails()).toBe(before);
  });
});

describe('with the relay down', () => {
  it('still makes the invitation, says the mail server could not be reached, and sends once it is back', async () => {
    await mailbox.close();
    const address = uniqueUser('unreached').email;
    const created = await invite(owner.api, { role: 'viewer', email: address });
    expect(created.emailDelivery).toEqual({ status: 'queued' });
    const listed = await listedOnce(created.id, ['retrying']);
    expect(listed).toMatchObject({ email: address, role: 'viewer', emailFailure: 'The mail server could not be reached.' });
    mailbox = await openMailbox();
    expect(linkIn(await mailbox.messageTo(address, 30_000))).toBe(created.url);
    expect(await listedOnce(created.id, ['sent'])).toMatchObject({ emailStatus: 'sent', emailFailure: null });
  }, 60_000);

  it('never writes the relay’s password to the server log', async () => {
    const log = process.env.FACTDESK_SERVER_LOG;
    if (!log) throw new Error('FACTDESK_SERVER_LOG must name the server’s log (npm test sets it).');
    const text = await readFile(log, 'utf8');
    expect(text).toContain('an email could not be sent');
    expect(text).not.toContain(MAILBOX_PASSWORD);
  });
});

// Anyone who signs up is the admin of a workspace of their own: invitations must not turn the
// server's relay into a way to mail any address. Past the cap the invitation is still made, and
// the admin is told to send the link themselves.
describe('a flood of invitations from one workspace', () => {
  const wasMailed = (address: string) => mailbox.messages.some((m) => [m.to].flat().some((to) => to?.value.some((v) => v.address === address)));

  it('emails 20 in an hour, not the 21st, which still stands', async () => {
    const flooder = await createMember('hourly-flood');
    const addresses = Array.from({ length: 21 }, (_, i) => uniqueUser(`flood${i}`).email);
    // The first 20 at once (each counts itself and those before it: never more than 20), then one more.
    const created = await Promise.all(addresses.slice(0, 20).map((email) => invite(flooder.api, { role: 'viewer', email })));
    created.push(await invite(flooder.api, { role: 'viewer', email: addresses[20]! }));

    expect(created.slice(0, 20).map((c) => c.emailDelivery.status)).toEqual(Array(20).fill('queued'));
    expect(created[20]!.emailDelivery).toEqual({
      status: 'rate_limited',
      reason: 'Too many invitation emails from this workspace in the last hour; copy the link and send it yourself.',
    });
    await mailbox.messageTo(addresses[19]!);
    expect(wasMailed(addresses[20]!)).toBe(false);
    const listed = (await flooder.api.get<{ invitations: InvitationDto[] }>('/api/v1/invitations')).body.invitations;
    expect(listed.map((i) => i.id)).toContain(created[20]!.id);
  });

  it('emails 50 in a day', async () => {
    const flooder = await createMember('daily-flood');
    const [workspace] = await sql<{ id: string }>('SELECT id FROM workspace WHERE name = $1', [flooder.user.workspace]);
    // Fifty links emailed earlier today, out of the last hour.
    await sql(
      `INSERT INTO invitation (id, "workspaceId", role, email, "tokenHash", "createdAt", "emailedAt", "expiresAt")
       SELECT $1 || '-' || g, $1, 'viewer', 'earlier' || g || '@example.test', md5($1 || g), now() - interval '3 hours', now() - interval '3 hours', now() + interval '6 days'
       FROM generate_series(1, 50) AS g`,
      [workspace!.id],
    );
    const address = uniqueUser('one-too-many').email;
    const created = await invite(flooder.api, { role: 'viewer', email: address });
    expect(created.emailDelivery).toEqual({
      status: 'rate_limited',
      reason: 'Too many invitation emails from this workspace in the last 24 hours; copy the link and send it yourself.',
    });
    expect(wasMailed(address)).toBe(false);
    // A link without an address was never going to be emailed, and is not counted.
    expect((await invite(flooder.api, { role: 'viewer' })).emailDelivery).toEqual({ status: 'no_address' });
  });

  it('holds for one person across workspaces: a new workspace does not reset it', async () => {
    const flooder = await createMember('multi-desk-flood');
    const elsewhere = await createMember('other-desk');
    const [user] = await sql<{ id: string }>('SELECT id FROM "user" WHERE email = $1', [flooder.user.email]);
    const [otherDesk] = await sql<{ id: string }>('SELECT id FROM workspace WHERE name = $1', [elsewhere.user.workspace]);
    // Twenty links with addresses this hour, made by the same person in another workspace.
    await sql(
      `INSERT INTO invitation (id, "workspaceId", role, email, "tokenHash", "createdById", "emailedAt", "expiresAt")
       SELECT $1 || '-' || g, $2, 'viewer', 'other' || g || '@example.test', md5($1 || g), $1, now(), now() + interval '6 days'
       FROM generate_series(1, 20) AS g`,
      [user!.id, otherDesk!.id],
    );
    const address = uniqueUser('fresh-desk').email;
    const created = await invite(flooder.api, { role: 'viewer', email: address });
    expect(created.emailDelivery).toEqual({
      status: 'rate_limited',
      reason: 'You have sent too many invitation emails in the last hour; copy the link and send it yourself.',
    });
    expect(wasMailed(address)).toBe(false);
  });

  it('holds for the whole server: the 300th email of an hour goes, the 301st does not', async () => {
    const [newcomer, crowd] = await Promise.all([createMember('server-flood'), createMember('crowd')]);
    const [desk] = await sql<{ id: string }>('SELECT id FROM workspace WHERE name = $1', [crowd.user.workspace]);
    const batch = `server-flood-${Date.now()}`;
    // Emails sent this hour from elsewhere on the server, up to 299 (removed again afterwards:
    // the cap is server-wide, and later tests invite too).
    const [{ sent }] = (await sql<{ sent: number }>(`SELECT count(*)::int AS sent FROM invitation WHERE "emailedAt" > now() - interval '1 hour'`)) as [{ sent: number }];
    await sql(
      `INSERT INTO invitation (id, "workspaceId", role, email, "tokenHash", "emailedAt", "expiresAt")
       SELECT $1 || '-' || g, $2, 'viewer', 'crowd' || g || '@example.test', md5($1 || g), now() - interval '5 minutes', now() + interval '6 days'
       FROM generate_series(1, $3::int) AS g`,
      [batch, desk!.id, 299 - sent],
    );
    try {
      const last = uniqueUser('three-hundredth').email;
      expect((await invite(newcomer.api, { role: 'viewer', email: last })).emailDelivery).toEqual({ status: 'queued' });
      const address = uniqueUser('crowded').email;
      const created = await invite(newcomer.api, { role: 'viewer', email: address });
      expect(created.emailDelivery).toEqual({
        status: 'rate_limited',
        reason: 'This server has sent too many invitation emails in the last hour; copy the link and send it yourself.',
      });
      expect(wasMailed(address)).toBe(false);
    } finally {
      await sql(`DELETE FROM invitation WHERE id LIKE $1 || '-%'`, [batch]);
    }
  });

  it('counts only emails sent: a flood of refused or address-less links uses up nobody’s allowance', async () => {
    const [flooder, bystander] = await Promise.all([createMember('refused-flood'), createMember('bystander')]);
    const [desk] = await sql<{ id: string }>('SELECT id FROM workspace WHERE name = $1', [flooder.user.workspace]);
    const batch = `refused-flood-${Date.now()}`;
    // 400 invitations with addresses this hour that were never emailed (past the flooder's own cap).
    await sql(
      `INSERT INTO invitation (id, "workspaceId", role, email, "tokenHash", "expiresAt")
       SELECT $1 || '-' || g, $2, 'viewer', 'refused' || g || '@example.test', md5($1 || g), now() + interval '6 days'
       FROM generate_series(1, 400) AS g`,
      [batch, desk!.id],
    );
    const address = uniqueUser('still-served').email;
    expect((await invite(bystander.api, { role: 'viewer', email: address })).emailDelivery).toEqual({ status: 'queued' });
    expect((await invite(flooder.api, { role: 'viewer', email: uniqueUser('own').email })).emailDelivery).toEqual({ status: 'queued' });
  });
});
