// Search on the big desk (scripts/bench/big-desk): p95 of the data layer's search over queries of
// every shape, the same words found naively (ILIKE '%…%' over the source tables) as a ratio, and
// the search structures' size on disk.
import pg from 'pg';
import type { Figure } from './figure';
import type { BigDesk } from './big-desk/generate-big-desk';

type Sample = { q: string; shape: string };

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Queries made of the desk's own words: common, middling and rare ones, and their variants. */
async function sampleQueries(client: pg.Client, workspaceId: string, count: number): Promise<Sample[]> {
  const { rows } = await client.query<{ word: string }>(
    `SELECT word FROM search_word WHERE "workspaceId" = $1 AND word ~ '^[a-z]{6,}$' ORDER BY md5(word) LIMIT $2`,
    [workspaceId, count * 2],
  );
  const words = rows.map((r) => r.word);
  const samples: Sample[] = [];
  for (let i = 0; samples.length < count && i + 1 < words.length; i += 2) {
    const [a, b] = [words[i]!, words[i + 1]!];
    const shapes: Sample[] = [
      { q: a, shape: 'one word' },
      { q: `${a} ${b}`, shape: 'two words' },
      { q: a.slice(0, 5), shape: 'word beginning' },
      { q: `${a.slice(0, 3)}${a.slice(4)}`, shape: 'typo' },
      { q: `"${a} ${b}"`, shape: 'phrase' },
      { q: a.toUpperCase(), shape: 'capitals' },
    ];
    samples.push(shapes[samples.length % shapes.length]!);
  }
  return samples;
}

const NAIVE = `
  SELECT count(*) FROM (
    SELECT a.id FROM article a JOIN article_version v ON v."articleId" = a.id
    WHERE a."workspaceId" = $1 AND (a.title ILIKE $2 OR a.outlet ILIKE $2 OR a.author ILIKE $2 OR v.text ILIKE $2)
    UNION ALL SELECT id FROM claim WHERE "workspaceId" = $1 AND (statement ILIKE $2 OR exact ILIKE $2 OR claimant ILIKE $2 OR explanation ILIKE $2)
    UNION ALL SELECT id FROM evidence WHERE "workspaceId" = $1 AND (title ILIKE $2 OR publisher ILIKE $2 OR passage ILIKE $2 OR url ILIKE $2)
    UNION ALL SELECT id FROM comment WHERE "workspaceId" = $1 AND body ILIKE $2
  ) found`;

/** The data layer's search of the big desk as its admin (the way a route handler calls it). */
export async function bigDeskSearcher(desk: BigDesk) {
  process.env.DATABASE_URL = desk.databaseUrl;
  const { searchWorkspace } = await import('../../lib/server/search/search');
  const { searchQuerySchema } = await import('../../lib/validations/search');
  const actor = { userId: desk.userId, userName: 'Bench', workspaceId: desk.workspaceId, role: 'admin' as const };
  return (q: string) => searchWorkspace(actor, searchQuerySchema.parse({ q, limit: '20' }));
}

export async function benchSearch(desk: BigDesk): Promise<Figure[]> {
  const run = await bigDeskSearcher(desk);
  const client = new pg.Client({ connectionString: desk.databaseUrl });
  await client.connect();
  try {
    const samples = await sampleQueries(client, desk.workspaceId, 300);
    for (const sample of samples.slice(0, 20)) await run(sample.q); // warm the caches
    const times: number[] = [];
    const byShape = new Map<string, number[]>();
    for (const sample of samples) {
      const started = performance.now();
      await run(sample.q);
      const ms = performance.now() - started;
      times.push(ms);
      byShape.set(sample.shape, [...(byShape.get(sample.shape) ?? []), ms]);
    }
    times.sort((a, b) => a - b);

    // The naive way, on a few single words (it reads every row, so a few are enough).
    const naive: number[] = [];
    const indexed: number[] = [];
    for (const sample of samples.filter((s) => s.shape === 'one word').slice(0, 5)) {
      let started = performance.now();
      await client.query(NAIVE, [desk.workspaceId, `%${sample.q}%`]);
      naive.push(performance.now() - started);
      started = performance.now();
      await run(sample.q);
      indexed.push(performance.now() - started);
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

    const sizes = await client.query<{ name: string; bytes: string }>(
      `SELECT name, pg_total_relation_size(name::regclass) AS bytes FROM unnest(ARRAY['search_entry', 'search_entry_vector_idx', 'search_word', 'search_word_word_idx']) name`,
    );
    const mb = (bytes: string) => Math.round(Number(bytes) / 1e5) / 10;
    const round = (ms: number) => Math.round(ms * 10) / 10;
    return [
      { name: `search p95 (${times.length} queries, 20 results with snippets)`, value: round(percentile(times, 95)), unit: 'ms', target: '< 50 ms' },
      { name: 'search p50', value: round(percentile(times, 50)), unit: 'ms' },
      ...[...byShape].map(([shape, values]) => ({ name: `  p95 of "${shape}" queries`, value: round(percentile(values.sort((a, b) => a - b), 95)), unit: 'ms' })),
      { name: "naive ILIKE '%word%' over the same text, median", value: round(median(naive)), unit: 'ms' },
      { name: 'naive / indexed (median, same words)', value: Math.round(median(naive) / median(indexed)), unit: 'x' },
      ...sizes.rows.map((row) => ({ name: `size of ${row.name} (with its indexes and TOAST for tables)`, value: mb(row.bytes), unit: 'MB' })),
    ];
  } finally {
    await client.end();
  }
}
