import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A real HTTP server on 127.0.0.1 and a random port, for tests of the fetcher. */
export interface LocalServer {
  port: number;
  origin: string;
  /** The allow-list entry that lets the fetcher reach this server. */
  hostPort: string;
  close(): Promise<void>;
}

export async function startLocalServer(handler: RequestListener): Promise<LocalServer> {
  const server: Server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    port,
    origin: `http://127.0.0.1:${port}`,
    hostPort: `127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        // Slow-server tests leave responses hanging; cut them so close() returns at once.
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
