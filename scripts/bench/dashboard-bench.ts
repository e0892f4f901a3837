// The desk dashboard through the running app's API on a desk of 100,000 claims (dashboard-desk.ts):
// each view asked 40 times in a row after 3 warm-ups, end to end (request to last byte).
import type { Figure } from './figure';
import type { DashboardDesk } from './dashboard-desk';

const RUNS = 40;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
}

export async function benchDashboard(baseUrl: string, token: string, desk: DashboardDesk): Promise<Figure[]> {
  const today = new Date();
  const daysAgo = (days: number) => new Date(today.getTime() - days * 86_400_000).toISOString().slice(0, 10);
  const views: { name: string; query: string }[] = [
    { name: 'default view (last 12 weeks)', query: '' },
    { name: 'one year', query: `from=${daysAgo(364)}` },
    { name: 'two years (the whole desk)', query: `from=${daysAgo(730)}` },
    { name: 'one year, one outlet', query: `from=${daysAgo(364)}&outlet=${encodeURIComponent(desk.outlets[1]!)}` },
    { name: 'one year, one member', query: `from=${daysAgo(364)}&member=${desk.memberIds[2]}` },
    { name: 'CSV of the weekly table, one year', query: `from=${daysAgo(364)}&format=csv&table=weekly` },
  ];
  const figures: Figure[] = [];
  for (const view of views) {
    const url = `${baseUrl}/api/v1/dashboard?${view.query}`;
    const time = async () => {
      const started = performance.now();
      const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
      await response.arrayBuffer();
      if (response.status !== 200) throw new Error(`Dashboard ${view.name}: ${response.status}`);
      return performance.now() - started;
    };
    for (let i = 0; i < 3; i++) await time();
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push(await time());
    times.sort((a, b) => a - b);
    figures.push({ name: `Dashboard, ${view.name}: p50`, value: Math.round(percentile(times, 0.5)), unit: 'ms' });
    figures.push({ name: `Dashboard, ${view.name}: p95`, value: Math.round(percentile(times, 0.95)), unit: 'ms', target: '< 200 ms' });
  }
  return figures;
}
