// The app instances behind the proxy: `npm run serve` of the one production build, each in a
// process group of its own so that it can be killed whole (`kill -9`, a host lost) or told to
// stop (SIGTERM, a release), and started again on the same port.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { root } from '../lib/next-server';
import { run, running, signalGroup, startDaemon, waitUntil, type Daemon } from './processes';

export type Instance = {
  name: string;
  url: string;
  start(): Promise<void>;
  /** SIGKILL to the whole instance: no drain, connections reset. */
  kill(): Promise<void>;
  /** SIGTERM, as systemd or Kubernetes stop it: drain, then exit. Resolves with the exit code. */
  terminate(): Promise<number | null>;
  output(): string;
};

/** Builds the app once when there is no build (`npm test` has made one already). */
export async function ensureBuild(env: NodeJS.ProcessEnv): Promise<void> {
  if (existsSync(path.join(root, '.next/BUILD_ID'))) return;
  console.log('No build in .next: running npm run build...');
  await run(process.execPath, [path.join(root, 'node_modules/next/dist/bin/next'), 'build'], undefined, env);
}

export function createInstance(name: string, port: number, env: NodeJS.ProcessEnv): Instance {
  const url = `http://127.0.0.1:${port}`;
  let daemon: Daemon | null = null;
  let log = '';
  const alive = () => daemon !== null && running(daemon);
  const instance: Instance = {
    name,
    url,
    async start() {
      if (daemon) log += daemon.output();
      // node with tsx's loader rather than `npm run serve`: the same script, without npm's extra
      // process between the suite and the instance's signals.
      daemon = startDaemon(process.execPath, ['--import', 'tsx', 'scripts/serve.ts'], {
        cwd: root,
        env: { ...env, PORT: String(port), HOSTNAME: '127.0.0.1' },
      });
      const ready = await waitUntil(async () => alive() && (await fetch(`${url}/api/health/ready`)).ok, 60_000);
      if (!ready) throw new Error(`Instance ${name} did not become ready:\n${daemon.output()}`);
    },
    async kill() {
      if (!daemon || !alive()) return;
      signalGroup(daemon, 'SIGKILL');
      await daemon.exited;
    },
    async terminate() {
      if (!daemon || !alive()) return null;
      daemon.child.kill('SIGTERM');
      return daemon.exited;
    },
    output: () => log + (daemon?.output() ?? ''),
  };
  return instance;
}
