// `npm run db:migrate`: applies pending migrations to DATABASE_URL (created if missing).
import { applyMigrations, ensureDatabase } from './migrate';

const url = process.env.DATABASE_URL;
if (!url) {
  console.error('DATABASE_URL is not set. Example: DATABASE_URL=postgresql://postgres@127.0.0.1:5432/factdesk npm run db:migrate');
  process.exit(1);
}

try {
  const started = performance.now();
  if (await ensureDatabase(url)) console.log('Created the database.');
  const { applied } = await applyMigrations(url);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (applied.length === 0) console.log(`No pending migrations (${seconds} s).`);
  else console.log(`Applied ${applied.length} migration(s) in ${seconds} s:\n  ${applied.join('\n  ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
