// Fifty editors at work: each one saves a change to a claim of their own, waits a while (random,
// one second on average, as people pause between edits), and saves again. Arrivals are spread
// the way independent people's are (Poisson), unlike a load tool's bursts, so the latency seen is
// what each editor experiences while 49 others are busy too.
import type { Figure } from './figure';

type Slot = { id: string; version: number };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
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
    const response = await fetch(`${baseUrl}/api/v1/claims/${warm.id}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ version: warm.version, explanation: `Warm-up ${i}.` }),
    });
    warm.version = ((await response.json()) as { version: number }).version;
  }
  const latencies: number[] = [];
  let failures = 0;
  const deadline = Date.now() + durationSeconds * 1000;
  const editor = async (slot: Slot) => {
    while (Date.now() < deadline) {
      await pause(meanPauseMs);
      const started = performance.now();
      const response = await fetch(`${baseUrl}/api/v1/claims/${slot.id}`, {
        method: 'PATCH',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ version: slot.version, explanation: `Checked again (${slot.version}).` }),
      });
      const body = (await response.json()) as { version?: number };
      latencies.push(performance.now() - started);
      if (response.status === 200 && body.version) slot.version = body.version;
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
