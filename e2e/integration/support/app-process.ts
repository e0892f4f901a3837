// Processes of our own for the deployment tests: a second app instance (`npm run serve`) on a
// port of its own, and the deployment scripts run as a user would. They use the build and the
// environment `npm test` made (DATABASE_URL, BETTER_AUTH_SECRET, FACTDESK_URL...).
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');

export type Finished = { code: number | null; signal: NodeJS.Signals | null; output: string };
export type AppProcess = { child: ChildProcess; output: () => string; finished: Promise<Finished> };

/**
 * Starts a script as package.json does, in one process (node with tsx's loader, not the tsx
 * command, which would put a second process between the test and the script's signals).
 */
export function startScript(args: string[], env: Record<string, string | undefined> = {}): AppProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const finished = new Promise<Finished>((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, output })));
  return { child, output: () => output, finished };
}

/** Runs a script to its end. */
export function runScript(args: string[], env: Record<string, string | undefined> = {}): Promise<Finished> {
  return startScript(args, env).finished;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export type Instance = AppProcess & { url: string };

/** `npm run serve` on a free port; resolves once it answers its liveness check. */
export async function startInstance(env: Record<string, string | undefined> = {}): Promise<Instance> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const app = startScript(['scripts/serve.ts'], { PORT: String(port), HOSTNAME: '127.0.0.1', FACTDESK_WORKER: 'off', ...env });
  let exited = false;
  void app.finished.then(() => (exited = true));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline && !exited) {
    const live = await fetch(`${url}/api/health/live`).then((r) => r.ok, () => false);
    if (live) return { ...app, url };
    await new Promise((r) => setTimeout(r, 200));
  }
  app.child.kill('SIGTERM');
  throw new Error(`The instance did not start:\n${app.output()}`);
}

export async function stopInstance(instance: AppProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<Finished> {
  if (instance.child.exitCode === null && instance.child.signalCode === null) instance.child.kill(signal);
  return instance.finished;
}
