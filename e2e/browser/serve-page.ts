// A local web page for the journeys that import or cite by link: served on 127.0.0.1:`port` (one
// that scripts/test.sh allow-lists) for the spec's tests, with whatever `html()` holds at each
// request, so a spec can change the page between steps. Started before the spec's tests and
// closed after them; browser specs run one at a time, so specs may share a port.
import { createServer, type Server } from 'node:http';
import { test } from './fixtures';

export function servePage(port: number, html: () => string): void {
  let server: Server;
  test.beforeAll(async () => {
    server = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html()));
    await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  });
  test.afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
}
