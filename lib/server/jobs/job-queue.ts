import 'server-only';
import PgBoss from 'pg-boss';
import { getEnv } from '@/lib/env';
import { JOB_SCHEMA } from './job-names';

// One pg-boss per process, with a small pool of its own (FACTDESK_JOBS_POOL_SIZE). It does not
// install its schema: `npm run migrate` (or `npm start`) does that under the migration lock, so
// app instances never race each other creating it, and a database user without CREATE works.
const globalForJobs = globalThis as unknown as { factdeskJobQueue?: Promise<PgBoss> };

const THIRTY_DAYS_S = 30 * 24 * 60 * 60;

function createJobQueue(): PgBoss {
  const env = getEnv();
  const boss = new PgBoss({
    connectionString: env.DATABASE_URL,
    schema: JOB_SCHEMA,
    max: env.FACTDESK_JOBS_POOL_SIZE,
    application_name: 'factdesk-jobs',
    migrate: false,
    // Maintenance (expiring stuck jobs, archiving) runs where jobs are worked; pg-boss keeps
    // it to one instance at a time with an advisory lock.
    supervise: env.FACTDESK_WORKER === 'on',
    schedule: false,
    // Dead jobs stay visible (Settings → Jobs) for a month before pg-boss archives them.
    archiveFailedAfterSeconds: THIRTY_DAYS_S,
  });
  // pg-boss reports trouble (a lost connection while polling) here; it keeps going by itself.
  boss.on('error', (error: Error) => console.warn(`Factdesk jobs: ${error.message}`));
  return boss;
}

/** The process's queue, started on first use; a failed start is tried again next time. */
export function jobQueue(): Promise<PgBoss> {
  globalForJobs.factdeskJobQueue ??= createJobQueue()
    .start()
    .catch((error: unknown) => {
      globalForJobs.factdeskJobQueue = undefined;
      throw error;
    });
  return globalForJobs.factdeskJobQueue;
}
