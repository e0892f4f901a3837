// A newsroom system receiving Factdesk's webhooks: a real HTTP server on a fixed port
// (allow-listed for the test server in scripts/test.sh), which records every request and
// answers each path from a script of statuses, and checks signatures as the Standard Webhooks
// specification says, independently of the app's own code.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

export const RECEIVER_PORT = 27840;
export const RECEIVER_ORIGIN = `http://127.0.0.1:${RECEIVER_PORT}`;

export type Received = { path: string; headers: IncomingHttpHeaders; body: string };
/** A status to answer, or a redirect to another path of the receiver. */
export type Answer = number | { redirectTo: string };

export type Receiver = {
  received: Received[];
  /** Answers for a path, in turn; the last one repeats. Unscripted paths answer 200. */
  script(path: string, answers: Answer[]): void;
  to(path: string): Received[];
  close(): Promise<void>;
};

export async function startReceiver(): Promise<Receiver> {
  const received: Received[] = [];
  const scripts = new Map<string, Answer[]>();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = request.url ?? '/';
      received.push({ path, headers: request.headers, body: Buffer.concat(chunks).toString('utf8') });
      const answers = scripts.get(path) ?? [200];
      const answer = answers.length > 1 ? answers.shift()! : answers[0]!;
      if (typeof answer === 'object') {
        response.writeHead(302, { location: `${RECEIVER_ORIGIN}${answer.redirectTo}` }).end();
      } else {
        response.writeHead(answer, { 'content-type': 'text/plain' }).end(answer < 300 ? 'thanks' : `\u001b[31mtrouble ${answer}`);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(RECEIVER_PORT, '127.0.0.1', resolve));
  return {
    received,
    script: (path, answers) => void scripts.set(path, [...answers]),
    to: (path) => received.filter((r) => r.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** Standard Webhooks verification: `v1,` base64 HMAC-SHA256 of `id.timestamp.body`, key = base64 after `whsec_`. */
export function signatureIsValid(secret: string, message: Received): boolean {
  const id = String(message.headers['webhook-id']);
  const timestamp = String(message.headers['webhook-timestamp']);
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 300) return false;
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = Buffer.from(`v1,${createHmac('sha256', key).update(`${id}.${timestamp}.${message.body}`).digest('base64')}`);
  return String(message.headers['webhook-signature'])
    .split(' ')
    .some((candidate) => Buffer.from(candidate).length === expected.length && timingSafeEqual(Buffer.from(candidate), expected));
}
