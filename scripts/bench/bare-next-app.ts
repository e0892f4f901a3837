// The Lighthouse bench's floor: scripts/bench/bare-next, a page with no code of Factdesk's, built
// with the same Next.js and React, served by `next start` beside the app. What it scores is what
// the framework alone scores on this machine; the article page cannot do better. It is built in
// the system's temporary folder (inside the repository Next would take the project's own
// instrumentation and aliases), with node_modules hard-linked from the project's.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { firstFreePort } from '../lib/ports';
import { waitForServer } from './bench-app';

const root = fileURLToPath(new URL('../..', import.meta.url));
const source = fileURLToPath(new URL('./bare-next', import.meta.url));
const appDir = path.join(tmpdir(), 'factdesk-bare-next');
const nextBin = path.join(appDir, 'node_modules/next/dist/bin/next');

function prepare(): void {
  rmSync(appDir, { recursive: true, force: true });
  mkdirSync(appDir, { recursive: true });
  cpSync(source, appDir, { recursive: true });
  const link = spawnSync('cp', ['-al', path.join(root, 'node_modules'), path.join(appDir, 'node_modules')], { stdio: 'ignore' });
  if (link.status !== 0) throw new Error(`Could not hard-link node_modules into ${appDir} (another file system?)`);
}

export type BareNextApp = { url: string; distDir: string; stop: () => Promise<void> };

export async function startBareNextApp({ rebuild = false } = {}): Promise<BareNextApp> {
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' as const };
  const distDir = path.join(appDir, '.next');
  if (rebuild || !existsSync(path.join(distDir, 'BUILD_ID'))) {
    prepare();
    const build = spawnSync(process.execPath, [nextBin, 'build'], { cwd: appDir, env, stdio: 'ignore' });
    if (build.status !== 0) throw new Error('next build of scripts/bench/bare-next failed');
  }
  const port = await firstFreePort(4300);
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [nextBin, 'start', '--hostname', '127.0.0.1', '--port', String(port)], {
    cwd: appDir,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await waitForServer(url);
  return {
    url,
    distDir,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
