// Claim updates through the JSON API at saturation: 50 connections, each sending its next update
// as soon as the last one is answered: how many updates a second the machine can take. Each client always works on a
// claim nobody else is updating at that moment and sends the version it last saw, so every
// request is a real, successful update (a 409 would be counted as a failure).
import autocannon from 'autocannon';
import type { Figure } from './figure';

type ClaimSlot = { id: string; version: number };
type Context = { slot?: ClaimSlot; startedAt?: bigint };

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

export async function benchClaimUpdates(
  baseUrl: string,
  token: string,
  claims: ClaimSlot[],
  { connections = 50, durationSeconds = 10 } = {},
): Promise<Figure[]> {
  if (claims.length < connections) throw new Error(`Need at least ${connections} claims, have ${claims.length}`);
  const free = [...claims];
  const latencies: number[] = [];
  const statuses = { ok: 0, other: 0 };
  const explanations = ['Checked against the source.', 'Re-checked with a second source.'];

  const result = await autocannon({
    url: baseUrl,
    connections,
    duration: durationSeconds,
    requests: [
      {
        method: 'PATCH',
        setupRequest: (request: autocannon.Request, context: Context) => {
          const slot = free.pop()!;
          context.slot = slot;
          context.startedAt = process.hrtime.bigint();
          return {
            ...request,
            path: `/api/v1/claims/${slot.id}`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ version: slot.version, explanation: explanations[slot.version % 2] }),
          };
        },
        onResponse: (status: number, body: string, context: Context) => {
          const slot = context.slot!;
          latencies.push(Number(process.hrtime.bigint() - context.startedAt!) / 1e6);
          if (status === 200) {
            statuses.ok++;
            slot.version = (JSON.parse(body) as { version: number }).version;
          } else statuses.other++;
          free.push(slot);
        },
      },
    ],
  } as unknown as autocannon.Options);

  latencies.sort((a, b) => a - b);
  const mode = `${connections} clients, as fast as they can`;
  return [
    { name: `Claim updates (${mode}): requests`, value: latencies.length, unit: 'requests', note: `${durationSeconds} s` },
    { name: `Claim updates (${mode}): throughput`, value: Math.round(result.requests.average), unit: 'req/s' },
    { name: `Claim updates (${mode}): p50 latency`, value: round(percentile(latencies, 50)), unit: 'ms' },
    // Capacity, not the target's load: 50 connections back to back queue behind each other
    // (p95 < 25 ms would need ~2,000 updates/s). See docs/decisions/015-api-latency.md.
    { name: `Claim updates (${mode}): p95 latency`, value: round(percentile(latencies, 95)), unit: 'ms', note: 'queueing: capacity run' },
    { name: `Claim updates (${mode}): p99 latency`, value: round(percentile(latencies, 99)), unit: 'ms' },
    { name: `Claim updates (${mode}): non-200 answers`, value: statuses.other + result.errors + result.timeouts, unit: 'requests', target: '0' },
  ];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
