// Installs (or upgrades) pg-boss's own schema, `pgboss`, and Factdesk's queues. pg-boss ships its
// schema as SQL inside the package, so this works offline like our migrations; it is kept out of
// prisma/migrations because pg-boss owns and versions it (docs/decisions/022-background-jobs.md).
// Call it under the migration lock (applyMigrations' whileLocked): pg-boss's own install is not
// safe for two processes at once.
import PgBoss from 'pg-boss';
import { JOB_SCHEMA, jobNames, jobQueuePolicies } from '../../lib/server/jobs/job-names';

export async function installJobSchema(databaseUrl: string): Promise<void> {
  const boss = new PgBoss({ connectionString: databaseUrl, schema: JOB_SCHEMA, max: 1, migrate: true, supervise: false, schedule: false });
  let failure: Error | undefined;
  boss.on('error', (error: Error) => (failure ??= error));
  await boss.start();
  try {
    for (const name of jobNames) {
      if (!(await boss.getQueue(name))) await boss.createQueue(name, { name, policy: jobQueuePolicies[name] ?? 'standard' });
    }
  } finally {
    await boss.stop({ graceful: false, wait: true });
  }
  if (failure) throw failure;
}
