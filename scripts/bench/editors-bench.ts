// Fifty editors at work: each one saves a change to a claim of their own, waits a while (random,
// one second on average, as people pause between edits), and saves again. Arrivals are spread
// the way independent people's are (Poisson), unlike a load tool's bursts, so the latency seen is
// what each editor experiences while 49 others are busy too.
//
// The editors share one Node process with a plain keep-alive HTTP client (node:http), not fetch:
// fetch costs this process 1–2 ms of CPU per request on the same two cores as the server, which
// showed up as server latency. Like autocannon, the client should be cheap next to what it measures.
import http from 'node:http';
import type { Figure } from './figure';

type Slot = { id: string; version: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });

function patchClaim(baseUrl: string, token: string, id: string, body: string): Promise<{ status: number; version?: number }> {
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${baseUrl}/api/v1/claims/${id}`,
      {
        method: 'PATCH',
        agent,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => {
          const parsed = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { version?: number };
          resolve({ status: response.statusCode ?? 0, version: parsed.version });
        });
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

const pause = (meanMs: number) => new Promise((resolve) => setTimeout(resolve, -Math.log(1 - Math.random()) * meanMs));

export async function benchEditors(
  baseUrl: string,
  token: string,
  claims: Slot[],
  { editors = 50, durationSeconds = 15, meanPauseMs = 1000 } = {},
): Promise<Figure[]> {
  // Warm up first (route compilation, JIT, connection pools), as a running server would be.
  const warm = claims[editors] ?? claims[0]!;
  for (let i = 0; i < 200; i++) {
    const answer = await patchClaim(baseUrl, token, warm.id, JSON.stringify({ version: warm.version, explanation: `Warm-up ${i}.` }));
    if (answer.status !== 200 || !answer.version) throw new Error(`Warm-up update answered ${answer.status}`);
    warm.version = answer.version;
  }
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + durationSeconds * 1000;
  const editor = async (slot: Slot) => {
    while (Date.now() < deadline) {
      await pause(meanPauseMs);
      const body = JSON.stringify({ version: slot.version, explanation: `Checked again (${slot.version}).` });
      const started = performance.now();
      const answer = await patchClaim(baseUrl, token, slot.id, body);
      latencies.push(performance.now() - started);
      if (answer.status === 200 && answer.version) slot.version = answer.version;
      else failures++;
    }
  };
  await Promise.all(claims.slice(0, editors).map((slot) => editor(slot)));
  latencies.sort((a, b) => a - b);
  const label = `Claim updates (${editors} editors, ~${Math.round((editors * 1000) / meanPauseMs)} saves/s in all)`;
  const round = (n: number) => Math.round(n * 10) / 10;
  return [
    { name: `${label}: requests`, value: latencies.length, unit: 'requests', note: `${durationSeconds} s` },
    { name: `${label}: p50 latency`, value: round(percentile(latencies, 50)), unit: 'ms' },
    { name: `${label}: p95 latency`, value: round(percentile(latencies, 95)), unit: 'ms', target: '< 25 ms' },
    { name: `${label}: p99 latency`, value: round(percentile(latencies, 99)), unit: 'ms' },
    { name: `${label}: failed saves`, value: failures, unit: 'requests', target: '0' },
  ];
}
