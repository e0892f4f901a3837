// `npm run serve`: one app instance of a deployment, from a build made once (`npm run build`) on
// a database prepared once (`npm run migrate`). Unlike `npm start` it builds nothing, migrates
// nothing and seeds nothing, and refuses to run on a port other than the one asked for.
// Configuration: docs/deployment.md.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { forwardSignals, requireFreePort, root, runNext } from './lib/next-server';

const required = ['DATABASE_URL', 'BETTER_AUTH_SECRET'] as const;
const missing = required.filter((name) => !process.env[name]);
if (missing.length > 0) {
  console.error(`Set ${missing.join(' and ')} first (docs/deployment.md lists the environment).`);
  process.exit(1);
}
if (!process.env.FACTDESK_URL && !process.env.BETTER_AUTH_URL) {
  console.error('Set FACTDESK_URL to the public address users reach Factdesk at, e.g. https://factdesk.example.org.');
  process.exit(1);
}
if (!existsSync(path.join(root, '.next/BUILD_ID'))) {
  console.error('No build found in .next: run `npm run build` once and copy .next to every host.');
  process.exit(1);
}

const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOSTNAME;
await requireFreePort(port, host);

forwardSignals((code) => process.exit(code));
const args = ['start', '--port', String(port), ...(host ? ['--hostname', host] : [])];
process.exit(await runNext(args, { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }));
