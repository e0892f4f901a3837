// Story: an operator runs Factdesk on several hosts: the build is made once, `npm run migrate`
// prepares the database once (even when several hosts run it at the same moment), and
// `npm run serve` runs each instance on the port it was given or not at all. Told to stop, an
// instance finishes the requests it is answering before it exits.
import net from 'node:net';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import { jobNames } from '@/lib/server/jobs/job-names';
import { createArticle, createMember } from './support/api';
import { dropScratchDatabase, scratchDatabaseUrl, someoneWaitsForALock } from './support/database';
import { eventually } from './support/eventually';
import { freePort, runScript, startInstance } from './support/app-process';

const scratch: string[] = [];

afterAll(async () => {
  for (const url of scratch) await dropScratchDatabase(url);
});

describe('npm run migrate', () => {
  it('prepares an empty database from two hosts at once: both succeed, with one demo', async () => {
    const url = scratchDatabaseUrl('two_hosts');
    scratch.push(url);
    const env = { DATABASE_URL: url, FACTDESK_DEMO: 'on' };
    const migrate = () => runScript(['--conditions=react-server', 'scripts/db/migrate-cli.ts'], env);
    const [first, second] = await Promise.all([migrate(), migrate()]);
    expect(first.code, first.output).toBe(0);
    expect(second.code, second.output).toBe(0);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      expect((await client.query(`SELECT email FROM "user"`)).rows).toEqual([{ email: 'demo@factdesk.test' }]);
      // Every queue once, however many hosts prepared the database.
      expect((await client.query(`SELECT name FROM pgboss.queue ORDER BY name`)).rows).toEqual([...jobNames].sort().map((name) => ({ name })));
    } finally {
      await client.end();
    }
  }, 120_000);
});

describe('a port asked for', () => {
  it('is refused when busy, by `npm run serve` and by `npm start`, instead of quietly using another', async () => {
    const port = await freePort();
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(port, resolve));
    try {
      const serve = await runScript(['scripts/serve.ts'], { PORT: String(port), HOSTNAME: '127.0.0.1' });
      expect(serve.code, serve.output).toBe(1);
      expect(serve.output).toContain(`Port ${port} is already in use`);
      const start = await runScript(['--conditions=react-server', 'scripts/start.ts'], { PORT: String(port) });
      expect(start.code, start.output).toBe(1);
      expect(start.output).toContain(`Port ${port} is already in use`);
    } finally {
      blocker.close();
    }
  }, 60_000);
});

describe('an instance told to stop', () => {
  it('finishes the request in flight, refuses new ones, then exits', async () => {
    const editor = await createMember('drain-editor');
    const article = await createArticle(editor.api, { title: 'Drain', text: 'The ferry carried 2,000 people a day.' });
    const claim = (await editor.api.post<ClaimDto>(`/api/v1/articles/${article.id}/claims`, { selector: { type: 'TextQuoteSelector', exact: '2,000 people' } })).body;
    // A lock timeout longer than this test needs, so that the request is slow, not refused.
    const instance = await startInstance({ FACTDESK_DB_LOCK_TIMEOUT_MS: '20000' });

    // A slow request: a change waiting for a row another session holds.
    const holder = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await holder.connect();
    await holder.query('BEGIN');
    await holder.query('SELECT id FROM claim WHERE id = $1 FOR UPDATE', [claim.id]);
    const inFlight = fetch(`${instance.url}/api/v1/claims/${claim.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${editor.token}`, 'content-type': 'application/json', connection: 'close' },
      body: JSON.stringify({ version: claim.version, claimant: 'Ferry operator' }),
    });
    await someoneWaitsForALock();

    instance.child.kill('SIGTERM');
    // Draining: no new connections...
    const accepts = () => fetch(`${instance.url}/api/health/live`, { headers: { connection: 'close' } }).then(() => true, () => false);
    await eventually(accepts, (accepted) => !accepted, 'the instance to stop accepting');
    // ...while the one in flight completes once its row is free.
    await holder.query('ROLLBACK');
    await holder.end();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ claimant: 'Ferry operator' });
    const finished = await instance.finished;
    expect([0, 143], finished.output).toContain(finished.code);
  }, 60_000);
});
