// Story: work that must not hold a request (an invitation email) runs as a job in PostgreSQL.
// An admin sees their own workspace's jobs (never another's), and gives a job that ran out of
// attempts one more; a job queued while no worker runs is done when one starts again.
import { randomBytes } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pg from 'pg';
import PgBoss from 'pg-boss';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationDto } from '@/lib/validations/invitation';
import type { JobDto } from '@/lib/validations/job';
import { seal } from '@/lib/server/jobs/seal';
import { prepareDatabase } from '../../scripts/db/prepare-database';
import { createMember, createTeammate, type Member } from './support/api';
import { invite } from './support/invitations';
import { MAILBOX_PASSWORD, MAILBOX_PORT, MAILBOX_USER, openMailbox, type Mailbox } from './support/mailbox';
import { uniqueUser } from './support/test-users';
import { dropScratchDatabase, scratchDatabaseUrl, sql } from './support/database';
import { eventually } from './support/eventually';
import { startScript, stopInstance } from './support/app-process';

let admin: Member;
let mailbox: Mailbox;

beforeAll(async () => {
  mailbox = await openMailbox();
  admin = await createMember('jobs-admin');
});

afterAll(async () => {
  await mailbox.close();
});

const jobsOf = async (member: Member) => (await member.api.get<{ jobs: JobDto[] }>('/api/v1/jobs')).body.jobs;

describe('Settings → Jobs', () => {
  it('lists the workspace’s jobs to its admins, and to nobody else', async () => {
    const address = uniqueUser('listed').email;
    await invite(admin.api, { role: 'viewer', email: address });
    await mailbox.messageTo(address).catch(async (error: Error) => {
      const log = process.env.FACTDESK_SERVER_LOG ? await readFile(process.env.FACTDESK_SERVER_LOG, 'utf8') : '';
      throw new Error(`${error.message}; the server's log ends:\n${log.slice(-3000)}`);
    });
    const jobs = await eventually(() => jobsOf(admin), (list) => list.some((j) => j.subject === address && j.state === 'completed'), 'the job');
    expect(jobs.find((j) => j.subject === address)).toMatchObject({ kind: 'invitation-email', label: 'Invitation email', failure: null });

    const stranger = await createMember('jobs-stranger');
    expect((await jobsOf(stranger)).map((j) => j.subject)).not.toContain(address);
    const editor = await createTeammate(admin, 'editor');
    expect((await editor.api.get('/api/v1/jobs')).status).toBe(403);
  });

  it('retries a job that ran out of attempts, once the admin asks', async () => {
    await mailbox.close();
    const address = uniqueUser('dead-letter').email;
    const created = await invite(admin.api, { role: 'viewer', email: address });
    const [job] = await eventually(
      () => sql<{ id: string }>(`SELECT id::text FROM pgboss.job WHERE data->>'invitationId' = $1 AND state = 'retry'`, [created.id]),
      (rows) => rows.length === 1,
      'a failed attempt',
    );
    // Out of attempts sooner than the five backoffs would take: the next failure is the last.
    await sql(`UPDATE pgboss.job SET retry_limit = retry_count WHERE id = $1::uuid`, [job!.id]);
    const dead = await eventually(() => jobsOf(admin), (list) => list.some((j) => j.id === job!.id && j.state === 'failed'), 'the dead job');
    expect(dead.find((j) => j.id === job!.id)!.failure).toBe('The mail server could not be reached.');
    const listed = (await admin.api.get<{ invitations: InvitationDto[] }>('/api/v1/invitations')).body.invitations;
    expect(listed.find((i) => i.id === created.id)).toMatchObject({ emailStatus: 'failed' });

    // Another workspace cannot see or retry it; a retry of a job that has not failed is refused.
    const stranger = await createMember('jobs-retry-stranger');
    expect((await stranger.api.post(`/api/v1/jobs/${job!.id}/retry`)).status).toBe(404);
    expect((await admin.api.post('/api/v1/jobs/not-a-job/retry')).status).toBe(404);

    mailbox = await openMailbox();
    expect((await admin.api.post(`/api/v1/jobs/${job!.id}/retry`)).status).toBe(204);
    await mailbox.messageTo(address);
    await eventually(() => jobsOf(admin), (list) => list.some((j) => j.id === job!.id && j.state === 'completed'), 'the retried job');
    expect((await admin.api.post(`/api/v1/jobs/${job!.id}/retry`)).status).toBe(409);
  }, 60_000);
});

// A database of its own, so that only the worker started here works its queue.
describe('a job queued while no worker runs', () => {
  const url = scratchDatabaseUrl('jobs');
  let boss: PgBoss;
  const workspaceId = `ws-${randomBytes(6).toString('hex')}`;

  beforeAll(async () => {
    await prepareDatabase(url, { log: () => undefined });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(`INSERT INTO workspace (id, name, slug, "updatedAt") VALUES ($1, 'Restart desk', $1, now())`, [workspaceId]);
    await client.end();
    boss = new PgBoss({ connectionString: url, schema: 'pgboss', migrate: false, supervise: false, schedule: false });
    await boss.start();
  });

  afterAll(async () => {
    await boss.stop({ graceful: false });
    await dropScratchDatabase(url);
  });

  async function queueInvitationEmail(address: string): Promise<string> {
    const id = `inv-${randomBytes(6).toString('hex')}`;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    await client.query(
      `INSERT INTO invitation (id, "workspaceId", role, email, "tokenHash", "expiresAt", "emailStatus") VALUES ($1, $2, 'viewer', $3, $1, now() + interval '1 day', 'queued')`,
      [id, workspaceId, address],
    );
    await client.end();
    const link = `${process.env.FACTDESK_URL}/invite/${randomBytes(32).toString('base64url')}`;
    return (await boss.send('invitation-email', { workspaceId, invitationId: id, inviterName: 'Restart tester', sealedUrl: seal(link) }))!;
  }

  const stateOf = async (jobId: string) => (await boss.getJobById('invitation-email', jobId))?.state;

  it('survives the worker’s restart and is done when it comes back', async () => {
    const env = { DATABASE_URL: url, FACTDESK_SMTP_URL: `smtp://${MAILBOX_USER}:${MAILBOX_PASSWORD}@127.0.0.1:${MAILBOX_PORT}` };
    const first = startScript(['--conditions=react-server', 'scripts/worker.ts'], env);
    const before = uniqueUser('before-restart').email;
    const beforeJob = await queueInvitationEmail(before);
    await mailbox.messageTo(before).catch((error: Error) => {
      throw new Error(`${error.message}; the worker said:\n${first.output()}`);
    });
    await eventually(() => stateOf(beforeJob), (state) => state === 'completed', 'the first job');
    const stopped = await stopInstance(first);
    expect(stopped.code, stopped.output).toBe(0);

    const during = uniqueUser('during-restart').email;
    const duringJob = await queueInvitationEmail(during);
    expect(await stateOf(duringJob)).toBe('created');

    const second = startScript(['--conditions=react-server', 'scripts/worker.ts'], env);
    try {
      await mailbox.messageTo(during);
      await eventually(() => stateOf(duringJob), (state) => state === 'completed', 'the job queued during the restart');
    } finally {
      await stopInstance(second);
    }
  }, 60_000);
});
