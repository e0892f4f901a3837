// `npm run worker`: works the background job queue without serving HTTP, for deployments that
// run app instances with FACTDESK_WORKER=off. Stops on SIGTERM after the running jobs finish.
import { startWorker, stopWorker } from '../lib/server/jobs/start-worker';

process.env.FACTDESK_WORKER = 'on';
if (!process.env.DATABASE_URL) {
  console.error('DATABASE_URL is not set.');
  process.exit(1);
}

await startWorker();
console.log('Factdesk worker: working the job queue (Ctrl-C to stop).');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.log('Factdesk worker: finishing running jobs...');
    void stopWorker(30_000).then(() => process.exit(0));
  });
}
