// Child processes of the reliability suite: run a command to its end, or keep one running in its
// own process group (so that `kill -9` of an instance takes its whole process tree, as when a host
// dies), and the unprivileged user PostgreSQL and nginx run as when the suite runs as root.
import { execFileSync, spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { chownSync } from 'node:fs';
import net from 'node:net';

export type Account = { uid: number; gid: number } | undefined;

/**
 * PostgreSQL refuses to run as root: as root, the suite runs it (and nginx) as the `postgres`
 * system user that Debian's server package creates; otherwise as whoever runs the suite.
 */
export function serviceAccount(): Account {
  if (process.getuid?.() !== 0) return undefined;
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

export function giveTo(account: Account, ...paths: string[]): void {
  if (account) for (const p of paths) chownSync(p, account.uid, account.gid);
}

/** Runs a command to its end; throws with its output when it fails. */
export function run(command: string, args: string[], account: Account, env: NodeJS.ProcessEnv = process.env): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], ...account });
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${command} ${args.join(' ')} failed (${code}):\n${output}`))));
  });
}

export type Daemon = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

/** Starts a long-running process in a process group of its own, its output kept for diagnosis. */
export function startDaemon(command: string, args: string[], options: SpawnOptions = {}): Daemon {
  const child = spawn(command, args, { ...options, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}

export function running(daemon: Daemon): boolean {
  return daemon.child.exitCode === null && daemon.child.signalCode === null;
}

/** Signals the whole process group of a daemon (the wrapper and what it started). */
export function signalGroup(daemon: Daemon, signal: NodeJS.Signals): void {
  if (daemon.child.pid && running(daemon)) process.kill(-daemon.child.pid, signal);
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

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls `check` every 200 ms until it is true; false if `ms` passed first. */
export async function waitUntil(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(200);
  }
  return false;
}
