// `npm run migrate` (also `npm run db:migrate`): the release step that prepares DATABASE_URL once
// per deployment: creates it if missing, applies pending migrations, installs the job queues, and
// seeds the demo only when FACTDESK_DEMO=on. Safe to run from several hosts at once: the work
// happens under the migration lock.
import { prepareDatabase } from './prepare-database';
import { demoWanted, seedDemoIfEmpty } from '../lib/demo-seed';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/factdesk npm run migrate');
  process.exit(1);
}

try {
  const started = performance.now();
  const seed = demoWanted('env')
    ? async () => {
        const demo = await seedDemoIfEmpty(url);
        if (demo) console.log(`Demo data created. Sign in as ${demo.email} / ${demo.password}`);
      }
    : undefined;
  await prepareDatabase(url, { seed });
  console.log(`The database is ready (${((performance.now() - started) / 1000).toFixed(2)} s).`);
  // The demo seed opens the app's connection pool, which would keep the process alive.
  process.exit(0);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
