// Runs `prisma generate` without letting the CLI download its native schema engine.
// Generating the client never uses that engine, but the CLI fetches it on first use and dies
// where Prisma's binary host is unreachable. We point it at an existing file only when the
// caller has not chosen an engine, so a user's own `prisma migrate` keeps the real one.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { existsSync } from 'node:fs';

const root = fileURLToPath(new URL('..', import.meta.url));
const env = { ...process.env, CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  env.PRISMA_SCHEMA_ENGINE_BINARY = fileURLToPath(import.meta.url);
}
const cli = `${root}node_modules/prisma/build/index.js`;
if (!existsSync(cli)) {
  console.error('prisma is not installed yet; run npm install');
  process.exit(1);
}
const result = spawnSync(process.execPath, [cli, 'generate'], { cwd: root, env, stdio: 'inherit' });
process.exit(result.status ?? 1);
