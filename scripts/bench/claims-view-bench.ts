// The claims view on the big desk (scripts/bench/big-desk): p95 of the data layer's list with
// three filters and a sort, p95 of a page deep in the list (row 90,000, reached by its keyset
// cursor), the same done naively (OFFSET, ILIKE '%…%') as ratios, and the indexes' size on disk.
import pg from 'pg';
import type { Figure } from './figure';
import type { BigDesk } from './big-desk/generate-big-desk';

const RUNS = 60;
const DEEP = 90_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timed(runs: number, run: (i: number) => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await run(i); // warm the caches
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await run(i);
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b);
}

const NAIVE_DEEP = `
  SELECT c.id FROM claim c JOIN article a ON a.id = c."articleId"
  WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL
  ORDER BY c."createdAt" DESC, c.id DESC OFFSET ${DEEP} LIMIT 50`;

const NAIVE_TEXT = `
  SELECT c.id FROM claim c JOIN article a ON a.id = c."articleId"
  WHERE c."workspaceId" = $1 AND c."deletedAt" IS NULL AND c.status = ANY('{to_check,researching}')
    AND (c.statement ILIKE $2 OR c.exact ILIKE $2 OR c.claimant ILIKE $2 OR c.explanation ILIKE $2)
  ORDER BY c."updatedAt" DESC, c.id DESC LIMIT 50`;

export async function benchClaimsView(desk: BigDesk): Promise<Figure[]> {
  process.env.DATABASE_URL = desk.databaseUrl;
  const { listWorkspaceClaims } = await import('../../lib/server/claims/list-workspace-claims');
  const { encodeSortCursor } = await import('../../lib/server/pagination/sort-cursor');
  const { claimsViewFiltersSchema } = await import('../../lib/validations/claims-view');
  const actor = { userId: desk.userId, userName: 'Bench', workspaceId: desk.workspaceId, role: 'admin' as const };
  const client = new pg.Client({ connectionString: desk.databaseUrl });
  await client.connect();
  try {
    const { rows: words } = await client.query<{ word: string }>(
      `SELECT word FROM search_word WHERE "workspaceId" = $1 AND word ~ '^[a-z]{6,}$' ORDER BY md5(word) LIMIT ${RUNS + 3}`,
      [desk.workspaceId],
    );
    const { rows: fragments } = await client.query<{ part: string }>(
      `SELECT DISTINCT lower(substr(claimant, 2, 3)) AS part FROM claim WHERE "workspaceId" = $1 AND length(claimant) > 4 LIMIT ${RUNS + 3}`,
      [desk.workspaceId],
    );
    const word = (i: number) => words[i % words.length]!.word;
    // Three filters and a sort, in three shapes a desk uses.
    const shapes: Record<string, (i: number) => Record<string, string>> = {
      'status + unassigned + marked within 90 days, by marked': () => ({ status: 'to_check,researching', assignee: 'unassigned', markedWithin: '90d', sort: 'marked', dir: 'desc' }),
      'status + words + marked since a day, by updated': (i) => ({ status: 'to_check,researching', q: word(i), markedFrom: '2025-06-01', sort: 'updated', dir: 'desc' }),
      'no verdict + claimant contains + unassigned, by claimant': (i) => ({ verdict: 'none', claimant: fragments[i % fragments.length]!.part, assignee: 'unassigned', sort: 'claimant', dir: 'asc' }),
    };
    const figures: Figure[] = [];
    const all: number[] = [];
    const round = (ms: number) => Math.round(ms * 10) / 10;
    for (const [name, params] of Object.entries(shapes)) {
      const times = await timed(RUNS, (i) => listWorkspaceClaims(actor, claimsViewFiltersSchema.parse(params(i))));
      all.push(...times);
      figures.push({ name: `  p95 of ${name}`, value: round(percentile(times, 95)), unit: 'ms' });
    }
    all.sort((a, b) => a - b);
    figures.unshift({ name: `claims view, three filters and a sort, p95 (${all.length} pages of 50)`, value: round(percentile(all, 95)), unit: 'ms', target: '< 50 ms' });

    // The page after row 90,000 of the whole desk, newest marked first: its cursor taken once.
    const { rows: [row] } = await client.query<{ id: string; at: Date }>(
      `SELECT id, "createdAt" AS at FROM claim WHERE "workspaceId" = $1 AND "deletedAt" IS NULL ORDER BY "createdAt" DESC, id DESC OFFSET ${DEEP - 1} LIMIT 1`,
      [desk.workspaceId],
    );
    if (!row) throw new Error(`The big desk has fewer than ${DEEP} claims.`);
    const cursor = encodeSortCursor({ sort: 'marked:desc', v: row.at.toISOString(), id: row.id });
    const deep = await timed(RUNS, () => listWorkspaceClaims(actor, { cursor, limit: 50 }));
    const naiveDeep = await timed(9, () => client.query(NAIVE_DEEP, [desk.workspaceId]));
    const indexedText = await timed(9, (i) => listWorkspaceClaims(actor, claimsViewFiltersSchema.parse({ status: 'to_check,researching', q: word(i), sort: 'updated', dir: 'desc' })));
    const naiveText = await timed(9, (i) => client.query(NAIVE_TEXT, [desk.workspaceId, `%${word(i)}%`]));
    const median = (sorted: number[]) => sorted[Math.floor(sorted.length / 2)]!;
    figures.push(
      { name: `page after row ${DEEP.toLocaleString('en')} by keyset cursor, p95`, value: round(percentile(deep, 95)), unit: 'ms', target: '< 50 ms' },
      { name: `  the same page by OFFSET ${DEEP}, median`, value: round(median(naiveDeep)), unit: 'ms' },
      { name: '  OFFSET / keyset (median)', value: Math.round(median(naiveDeep) / median(deep)), unit: 'x' },
      { name: "words by the search index vs ILIKE '%word%' (median, same words)", value: round(median(indexedText)), unit: 'ms' },
      { name: "  naive ILIKE '%word%' over statement, quote, claimant, explanation, median", value: round(median(naiveText)), unit: 'ms' },
      { name: '  ILIKE / indexed (median)', value: Math.round((median(naiveText) / median(indexedText)) * 10) / 10, unit: 'x' },
    );
    const sizes = await client.query<{ name: string; bytes: string }>(
      `SELECT name, pg_relation_size(quote_ident(name)::regclass) AS bytes FROM unnest(ARRAY['claim_workspaceId_createdAt_id_idx', 'claim_workspaceId_updatedAt_id_idx',
         'claim_workspaceId_correctedAt_id_idx', 'claim_claimant_trgm_idx', 'claim_workspaceId_publishedAt_idx', 'claim_workspaceId_status_idx']) name`,
    );
    figures.push(...sizes.rows.map((r) => ({ name: `size of ${r.name}`, value: Math.round(Number(r.bytes) / 1e5) / 10, unit: 'MB' })));
    return figures;
  } finally {
    await client.end();
  }
}
