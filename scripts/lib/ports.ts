// Whether a port can be listened on, checked the way a server binds it.
import net from 'node:net';

export function portIsFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve(true)));
  });
}

export async function firstFreePort(start: number, host?: string): Promise<number> {
  for (let port = start; port < start + 100; port++) {
    if (await portIsFree(port, host)) return port;
  }
  throw new Error(`No free port between ${start} and ${start + 99}.`);
}
