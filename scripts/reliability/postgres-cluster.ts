// A throwaway PostgreSQL cluster of the suite's own (never the shared server on 5432), so that it
// can be restarted, stopped and frozen under load: initdb and pg_ctl from Debian's server
// package, in a temporary folder, on a free port, with trust authentication on loopback only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { freePort, giveTo, run, type Account } from './processes';

/** Debian's server binaries: 15 on this project's machines, the newest one installed elsewhere. */
function serverBinaries(): string {
  const installed = existsSync('/usr/lib/postgresql') ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(a) - Number(b)) : [];
  const version = installed.includes('15') ? '15' : installed.at(-1);
  if (!version) throw new Error('PostgreSQL\'s server binaries are missing: apt-get install -y postgresql (they go to /usr/lib/postgresql/VERSION/bin).');
  return `/usr/lib/postgresql/${version}/bin`;
}

export type Cluster = {
  url: string;
  port: number;
  /** `pg_ctl restart -m fast`: sessions are ended, the server is back in about a second. */
  restart(): Promise<void>;
  /** `pg_ctl stop -m immediate`: a crash; the next start runs recovery from the WAL. */
  crash(): Promise<void>;
  start(): Promise<void>;
  /** SIGSTOP (or SIGCONT) to the postmaster and every backend: a frozen host. */
  freeze(): void;
  thaw(): void;
  stop(): Promise<void>;
};

export async function startCluster(dir: string, account: Account): Promise<Cluster> {
  const BIN = serverBinaries();
  const data = path.join(dir, 'pgdata');
  mkdirSync(data, { mode: 0o700 });
  giveTo(account, data);
  await run(path.join(BIN, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '--no-sync', '-E', 'UTF8', '--locale=C.UTF-8'], account);
  const port = await freePort();
  // Two instances × (pool 10 + jobs 2) + migrate + the suite's own checks, with room to spare.
  const options = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c max_connections=60 -c shared_buffers=32MB`;
  const pgCtl = (...args: string[]) => run(path.join(BIN, 'pg_ctl'), ['-D', data, '-l', path.join(dir, 'postgres.log'), '-w', '-t', '60', ...args], account);
  const processes = () => {
    const postmaster = Number(readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]);
    const children = execFileSync('ps', ['-o', 'pid=', '--ppid', String(postmaster)], { encoding: 'utf8' })
      .split('\n').map((line) => Number(line.trim())).filter((pid) => pid > 0);
    return [postmaster, ...children];
  };
  const signalAll = (signal: NodeJS.Signals) => {
    for (const pid of processes()) process.kill(pid, signal);
  };

  const cluster: Cluster = {
    url: `postgresql://postgres@127.0.0.1:${port}/factdesk`,
    port,
    restart: () => pgCtl('restart', '-m', 'fast', '-o', options).then(() => undefined),
    crash: () => pgCtl('stop', '-m', 'immediate').then(() => undefined),
    start: () => pgCtl('start', '-o', options).then(() => undefined),
    freeze: () => signalAll('SIGSTOP'),
    thaw: () => signalAll('SIGCONT'),
    stop: async () => {
      try {
        cluster.thaw();
      } catch {
        // Not running: nothing to thaw.
      }
      await pgCtl('stop', '-m', 'immediate').catch(() => undefined);
    },
  };
  await cluster.start();
  return cluster;
}
