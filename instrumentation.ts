// Next.js calls register() once when a server instance starts (`next start`, `npm start`,
// `npm run serve`). Each instance works the background job queue unless FACTDESK_WORKER=off
// (then `npm run worker` runs it elsewhere). See docs/decisions/022-background-jobs.md.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  if (process.env.NEXT_PHASE === 'phase-production-build') return;
  if (process.env.FACTDESK_WORKER === 'off') return;
  const { startWorkerInBackground, stopWorker } = await import('./lib/server/jobs/start-worker');
  startWorkerInBackground();
  // Next drains HTTP requests on SIGTERM and then exits; stop fetching jobs at once, so none is
  // taken that the exit would cut off (one that is cut off expires and runs again).
  process.once('SIGTERM', () => void stopWorker(8_000));
}
