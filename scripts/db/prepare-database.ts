// Everything a database needs before the app serves from it, done once however many processes
// start together: create it if missing, apply migrations, install the job queues and, when asked,
// seed the demo, all under the migration lock (the first process does the work, the others wait
// and find it done).
import { applyMigrations, ensureDatabase } from './migrate';
import { installJobSchema } from './job-schema';
import { backfillSimilarityKeys } from './backfill-similarity-keys';

export async function prepareDatabase(
  databaseUrl: string,
  { seed, log = console.log }: { seed?: () => Promise<void>; log?: (line: string) => void } = {},
): Promise<void> {
  if (await ensureDatabase(databaseUrl)) log('Created the database.');
  const { applied } = await applyMigrations(databaseUrl, {
    warn: log,
    whileLocked: async () => {
      await installJobSchema(databaseUrl);
      const keyed = await backfillSimilarityKeys(databaseUrl);
      if (keyed > 0) log(`Filled the similarity key of ${keyed} older claims.`);
      await seed?.();
    },
  });
  if (applied.length > 0) log(`Applied migrations: ${applied.join(', ')}`);
}
