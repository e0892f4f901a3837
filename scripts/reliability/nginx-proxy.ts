// nginx from Debian's package in front of the app instances, as an unprivileged foreground
// process with its configuration, pid, logs and temp files in the suite's folder.
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { mainConfig, siteConfig } from './nginx-config';
import { giveTo, running, signalGroup, startDaemon, waitUntil, type Account, type Daemon } from './processes';

const NGINX = '/usr/sbin/nginx';

export type Proxy = { url: string; stop(): Promise<void> };

function packageAvailable(name: string): boolean {
  const policy = execFileSync('apt-cache', ['policy', name], { encoding: 'utf8' });
  return /Candidate: (?!\(none\))/.test(policy);
}

/**
 * Installs nginx when it is missing and we are root, the way scripts/test.sh installs Chromium:
 * `nginx-light` where Debian still has it (bookworm), else `nginx`. Returns why it cannot run, or null.
 */
export function ensureNginx(): string | null {
  if (existsSync(NGINX)) return null;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return 'nginx is missing. Install Debian\'s package (sudo apt-get install -y nginx-light, or nginx) so that /usr/sbin/nginx exists.';
  }
  console.log('Installing nginx (Debian\'s package) for the reliability suite...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { env, stdio: 'ignore' });
  const name = packageAvailable('nginx-light') ? 'nginx-light' : 'nginx';
  execFileSync('apt-get', ['install', '-y', '-qq', name], { env, stdio: 'ignore' });
  return existsSync(NGINX) ? null : `apt-get install ${name} did not provide ${NGINX}.`;
}

export async function startProxy(dir: string, account: Account, port: number, upstreams: string[]): Promise<Proxy> {
  const file = path.join(dir, 'nginx.conf');
  writeFileSync(file, mainConfig(dir, siteConfig({ upstreams, listen: `127.0.0.1:${port}` })));
  giveTo(account, file);
  // -e: the error log before the configuration is read (the default is under /var/log).
  const nginx: Daemon = startDaemon(NGINX, ['-p', dir, '-c', file, '-e', path.join(dir, 'nginx-error.log')], account ?? {});
  const url = `http://127.0.0.1:${port}`;
  const up = await waitUntil(async () => running(nginx) && (await fetch(`${url}/api/health/live`)).ok, 15_000);
  if (!up) {
    signalGroup(nginx, 'SIGKILL');
    throw new Error(`nginx did not start:\n${nginx.output()}`);
  }
  return {
    url,
    stop: async () => {
      signalGroup(nginx, 'SIGQUIT');
      await nginx.exited;
    },
  };
}
