// `npm run test:reliability`: two Factdesk instances behind nginx on a PostgreSQL cluster of
// the suite's own, put through the faults of a real deployment (issue 12), with figures.
//   npm run test:reliability              the full suite (a few minutes)
//   npm run test:reliability -- --smoke   the short version `npm test` runs (under a minute)
//   --report FILE                         also write {passed, failed, skipped} for scripts/test/summary.ts
// Exits non-zero when any property does not hold, or when the suite cannot run (no nginx).
// Decision 035 says what is measured and why.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createPeople } from './desk';
import { ensureNginx } from './nginx-proxy';
import { Report } from './report';
import { concurrentEditors } from './scenarios/concurrent-editors';
import { publicPages } from './scenarios/public-pages';
import { sharedState } from './scenarios/shared-state';
import { freezeDatabase, killInstance, restartDatabase, stopDatabase, stopInstance, underLoad } from './scenarios/under-load';
import { startStack, type Stack } from './stack';

const { values } = parseArgs({ options: { smoke: { type: 'boolean', default: false }, report: { type: 'string' } } });
const smoke = values.smoke!;
const report = new Report();

function finish(): never {
  const load = loadavg().map((l) => l.toFixed(2)).join(', ');
  report.print(`Reliability figures (${smoke ? 'smoke' : 'full'}; load average ${load})`);
  if (values.report) writeFileSync(values.report, JSON.stringify(report.counts()));
  // The data layer's pool (used to make members) would keep the process alive.
  process.exit(report.failed > 0 ? 1 : 0);
}

async function scenario(name: string, body: () => Promise<void>) {
  console.log(`\n== ${name}`);
  try {
    await body();
  } catch (error) {
    report.broke(name, error);
  }
}

const missing = ensureNginx();
if (missing) {
  report.check('setup', 'nginx is installed', false, missing);
  finish();
}

let stack: Stack;
try {
  console.log('Starting PostgreSQL, two instances and nginx...');
  const started = performance.now();
  stack = await startStack();
  report.figure('setup', 'cluster + migrate + 2 instances + nginx', `${((performance.now() - started) / 1000).toFixed(1)} s`);
} catch (error) {
  report.broke('setup', error);
  finish();
}
// Stopped from outside (Ctrl-C, a CI timeout): take the cluster, the instances and nginx down too.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping PostgreSQL, the instances and nginx...`);
    void stack.stop().finally(() => process.exit(130));
  });
}
// The data layer (making members) reads these.
Object.assign(process.env, { DATABASE_URL: stack.cluster.url, BETTER_AUTH_SECRET: stack.env.BETTER_AUTH_SECRET });

try {
  const load = smoke ? { writers: 4, warmMs: 1_000, afterMs: 1_000, strictDrain: false } : { writers: 8, warmMs: 3_000, afterMs: 3_000, strictDrain: true };
  const faults = smoke ? [restartDatabase, stopInstance] : [restartDatabase, stopDatabase(10), freezeDatabase(5), killInstance, stopInstance];
  const person = await createPeople(['editors', 'shared', 'throttled', 'public', ...faults.map((_, i) => `load${i}`)]);
  await scenario('concurrent editors', () => smoke
    ? concurrentEditors(report, stack.proxy.url, stack.cluster.url, person('editors'), 20, 1)
    : concurrentEditors(report, stack.proxy.url, stack.cluster.url, person('editors'), 50, 2));
  await scenario('shared state', () => sharedState(report, stack, person('shared'), person('throttled')));
  for (const [i, fault] of faults.entries()) await scenario(fault.name, () => underLoad(report, stack, person(`load${i}`), fault, load));
  // The freshness of public pages across instances (issue 12, item 1): 0 s expected; the smoke
  // gives up sooner, since a page that is fresh at all is fresh at the first read.
  await scenario('public pages', () => publicPages(report, stack, person('public'), smoke ? 5_000 : 40_000));
} finally {
  await stack.stop();
}
finish();
