// One fault under write load through the proxy: writers run, the fault happens, the load goes on
// until the app acknowledges writes again, then PostgreSQL is asked whether every acknowledged
// write is there and whether any claim is half-written.
import { createArticle, type Person } from '../desk';
import { call } from '../http';
import { sleep, waitUntil } from '../processes';
import type { Report } from '../report';
import type { Stack } from '../stack';
import { verifyWrites } from '../verify';
import { statusLine, WriteLoad } from '../write-load';

export type Fault = {
  name: string;
  /** Does the damage; resolves when the fault is over (the database is back, the instance gone). */
  act(stack: Stack): Promise<string | void>;
  /** After the load: put the stack back as it was. */
  repair?(stack: Stack): Promise<void>;
  /** SIGTERM: not one request may fail, even before the client's own retries. */
  noFailedRequests?: boolean;
};

export async function underLoad(
  report: Report,
  stack: Stack,
  person: Person,
  fault: Fault,
  options: { writers: number; warmMs: number; afterMs: number; strictDrain: boolean },
) {
  const { name } = fault;
  const articleId = await createArticle(stack.proxy.url, person, fault.name);
  const load = new WriteLoad(stack.proxy.url, person, articleId);
  load.start(options.writers);
  await sleep(options.warmMs);

  const faultStarted = performance.now();
  const note = await fault.act(stack);
  const faultOver = performance.now();
  const recovered = await waitUntil(async () => load.tally.ackTimes.some((t) => t > faultOver), 30_000);
  const recoveredAt = load.tally.ackTimes.find((t) => t > faultOver);
  await sleep(options.afterMs);
  await load.stop();
  await fault.repair?.(stack);

  const verdict = await verifyWrites(stack.cluster.url, person.workspace, load.acknowledged);
  const { tally } = load;
  const count = (status: number) => tally.statuses.get(status) ?? 0;
  const failedRequests = [...tally.statuses].filter(([status]) => status === 0 || status >= 500).reduce((sum, [, n]) => sum + n, 0);
  const readyAfter = await Promise.all([stack.a, stack.b].map(async (i) => (await call(i.url, 'GET', '/api/health/ready')).status));

  if (note) report.figure(name, 'fault', note);
  report.figure(name, 'fault lasted', `${((faultOver - faultStarted) / 1000).toFixed(1)} s`);
  report.figure(name, 'requests / answers by status', `${tally.requests} / ${statusLine(tally.statuses)}`);
  report.figure(name, 'acknowledged writes (creates + changes)', `${tally.ackTimes.length} (${load.acknowledged.creates.size} + ${load.acknowledged.changes.length})`);
  report.figure(name, 'first write acknowledged after the fault', recoveredAt === undefined ? 'never' : `${((recoveredAt - faultOver) / 1000).toFixed(1)} s`);
  report.figure(name, 'failed requests (no answer, 5xx) / of them 503', `${failedRequests} / ${count(503)}`);
  report.figure(name, 'lost answers found committed on retry', tally.committedUnanswered);
  report.figure(name, 'claims committed but never acknowledged', verdict.committedUnacknowledged);
  report.check(name, '0 acknowledged writes lost', verdict.lost === 0, `${verdict.lost} lost of ${tally.ackTimes.length}`);
  report.check(name, '0 half-writes (claim without its history rows)', verdict.halfWritten === 0, `${verdict.halfWritten} of ${verdict.claims} claims`);
  report.check(name, 'never 500', count(500) === 0, `${count(500)} answers 500`);
  report.check(name, 'every 503 carries Retry-After', tally.without503RetryAfter === 0, `${tally.without503RetryAfter} without`);
  report.check(name, 'recovers by itself: writes acknowledged again within 30 s', recovered);
  report.figure(name, 'writes given up by the client / of them Idempotency-Key stuck "in progress"', `${tally.failedWrites} / ${tally.stuckKeys}`);
  report.check(name, 'no version-checked change refused without a concurrent writer', tally.lostUpdates === 0, `${tally.lostUpdates}`);
  report.check(name, 'both instances ready afterwards', readyAfter.every((s) => s === 200), readyAfter.join(', '));
  // A write that reaches the instance in the instant it closes its listener is reset, and nginx
  // does not resend a POST or PATCH (it cannot know the instance never read it): 1 in ~170 writes
  // in one smoke run, none in others. A property of the full suite; a figure in the smoke, which
  // must not fail by chance in CI (decision 035).
  if (fault.noFailedRequests && options.strictDrain) report.check(name, '0 failed requests', failedRequests === 0, `${failedRequests} failed`);
}

export const restartDatabase: Fault = {
  name: 'PostgreSQL restart',
  act: async (stack) => {
    await stack.cluster.restart();
    return 'pg_ctl restart -m fast';
  },
};

export function stopDatabase(seconds: number): Fault {
  return {
    name: `PostgreSQL down ${seconds} s`,
    act: async (stack) => {
      await stack.cluster.crash();
      await sleep(seconds * 1000);
      await stack.cluster.start();
      return `pg_ctl stop -m immediate, ${seconds} s, start (crash recovery)`;
    },
  };
}

export function freezeDatabase(seconds: number): Fault {
  return {
    name: `PostgreSQL frozen ${seconds} s`,
    act: async (stack) => {
      stack.cluster.freeze();
      await sleep(seconds * 1000);
      stack.cluster.thaw();
      return `SIGSTOP postmaster and backends, ${seconds} s, SIGCONT`;
    },
  };
}

export const killInstance: Fault = {
  name: 'kill -9 of instance A',
  act: async (stack) => {
    await stack.a.kill();
    return 'SIGKILL to A\'s process group, B serves on';
  },
  repair: (stack) => stack.a.start(),
};

export const stopInstance: Fault = {
  name: 'SIGTERM of instance A',
  act: async (stack) => {
    const started = performance.now();
    const code = await stack.a.terminate();
    return `drained and exited ${code} in ${((performance.now() - started) / 1000).toFixed(1)} s`;
  },
  repair: (stack) => stack.a.start(),
  noFailedRequests: true,
};
