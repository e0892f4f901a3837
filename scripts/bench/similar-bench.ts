// "Already checked?" and suggestions through the data layer, on a big desk (issue 11):
//   - "already checked?" for one claim among 100,000 (target p95 < 30 ms): the pg_trgm
//     pre-filter on the stored similarity key, then the pure score of the best candidates;
//   - suggestions for a 2,000-word article against 20,000 published claims (target < 300 ms),
//     reading every published claim's stored key from PostgreSQL.
// A database of its own (factdesk_bench_similar on the test server), generated on first use and
// kept: statements from lib/core/suggestions' generator, keys computed by its normaliser as the
// app computes them on write, inserted in batches. Runnable alone: npx tsx --conditions=react-server scripts/bench/similar-bench.ts
import { pathToFileURL } from 'node:url';
import pg from 'pg';
import { searchKey } from '../../lib/core/suggestions/claim-index';
import { generatePublishedClaims } from '../../lib/core/suggestions/testing/generated-claims';
import { loadLabelledArticles, loadLabelledPairs } from '../../lib/core/suggestions/testing/labelled-data';
import { applyMigrations, ensureDatabase } from '../db/migrate';
import { resolveDatabaseUrl } from '../lib/resolve-database';
import { printFigures, type Figure } from './figure';

const CLAIMS = 100_000;
const PUBLISHED = 20_000;
const ARTICLE_WORDS = 2_000;
const WORKSPACE = 'bench_similar';
const BATCH = 5_000;

async function ensureDesk(databaseUrl: string): Promise<void> {
  await ensureDatabase(databaseUrl);
  await applyMigrations(databaseUrl, { warn: () => undefined });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('SELECT count(*)::int AS n FROM claim WHERE "workspaceId" = $1', [WORKSPACE]);
    if (rows[0]?.n === CLAIMS + 1) return;
    console.log(`Generating ${CLAIMS} claims (${PUBLISHED} published) for the similarity bench…`);
    await client.query('DELETE FROM workspace WHERE id = $1', [WORKSPACE]);
    await client.query(`INSERT INTO workspace (id, name, slug, "updatedAt") VALUES ($1, 'Similar bench', 'similar-bench', now())`, [WORKSPACE]);
    await client.query(`INSERT INTO rating (id, "workspaceId", key, label, description, value, position) VALUES ('bench_similar_false', $1, 'false', 'False', '', 1, 0)`, [WORKSPACE]);
    await client.query(`INSERT INTO article (id, "workspaceId", title, "updatedAt") VALUES ('bench_similar_a', $1, 'Earlier checks', now())`, [WORKSPACE]);
    await client.query(`INSERT INTO article_version (id, "articleId", number, text, blocks, "contentHash", source) VALUES ('bench_similar_v', 'bench_similar_a', 1, '', '[]', 'x', 'demo')`);
    // The labelled pairs' statements first, so some sentences of the bench article were checked.
    const statements = [...loadLabelledPairs().map((p) => p.b), ...generatePublishedClaims(CLAIMS - loadLabelledPairs().length).map((c) => c.statement)];
    for (let from = 0; from < statements.length; from += BATCH) {
      const chunk = statements.slice(from, from + BATCH);
      await client.query(
        `INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, "similarityKey", status, "ratingId", "publishedAt", "updatedAt")
         SELECT 'bs' || (n + $4::int), $1, 'bench_similar_a', 'bench_similar_v', 0, 0, s, '', '', s, k,
                CASE WHEN n + $4::int <= $5::int THEN 'published'::"ClaimStatus" ELSE 'researching'::"ClaimStatus" END,
                CASE WHEN n + $4::int <= $5::int THEN 'bench_similar_false' END,
                CASE WHEN n + $4::int <= $5::int THEN now() END, now()
         FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS t(s, k, n)`,
        [WORKSPACE, chunk, chunk.map((s) => searchKey(s)), from, PUBLISHED],
      );
    }
    // One member to act as, and one claim to ask about.
    await client.query(`INSERT INTO "user" (id, name, email, "updatedAt") VALUES ('bench_similar_user', 'Bench', 'bench-similar@factdesk.invalid', now()) ON CONFLICT (id) DO NOTHING`);
    await client.query(`INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, "similarityKey", "updatedAt")
      VALUES ('bs_query', $1, 'bench_similar_a', 'bench_similar_v', 0, 0, '', '', '', '', '', now())`, [WORKSPACE]);
    await client.query('ANALYZE');
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] as number;
}

function benchArticle(): string {
  const paragraphs = loadLabelledArticles().flatMap((a) => a.text.split('\n\n'));
  const chosen: string[] = [];
  let words = 0;
  for (let i = 0; words < ARTICLE_WORDS; i++) {
    const paragraph = paragraphs[i % paragraphs.length] as string;
    chosen.push(paragraph);
    words += paragraph.split(/\s+/u).length;
  }
  return chosen.join('\n\n');
}

export async function benchSimilar(): Promise<Figure[]> {
  const server = await resolveDatabaseUrl({ purpose: 'test' });
  const url = new URL(server.url);
  url.pathname = '/factdesk_bench_similar';
  await ensureDesk(url.toString());
  process.env.DATABASE_URL = url.toString();
  // Imported after DATABASE_URL is set: the data layer's client reads it on first use.
  const { db } = await import('../../lib/server/db/client');
  const { listSimilarClaims } = await import('../../lib/server/similar/list-similar-claims');
  const { forgetCheckedIndexes, listArticleSuggestions } = await import('../../lib/server/similar/list-article-suggestions');
  const actor = { userId: 'bench_similar_user', userName: 'Bench', workspaceId: WORKSPACE, role: 'admin' as const };

  // "Already checked?": the query claim's statement is set to a labelled pair's other side (a
  // paraphrase of a stored claim) or a generated statement, as an edit would store it.
  const questions = [...loadLabelledPairs().map((p) => p.a), ...generatePublishedClaims(60, 7).map((c) => c.statement)];
  const times: number[] = [];
  let found = 0;
  for (const [i, statement] of questions.entries()) {
    await db.claim.update({ where: { id: 'bs_query' }, data: { statement, similarityKey: searchKey(statement) } });
    const started = performance.now();
    const result = await listSimilarClaims(actor, 'bs_query');
    if (i >= 5) times.push(performance.now() - started); // the first few warm the pool and plans
    if (result.matches.length > 0) found++;
  }
  times.sort((a, b) => a - b);

  // Suggestions: the article stored as a version, end to end through the data layer.
  const article = benchArticle();
  // A fresh article of its own (the 100,000 claims sit on another), as an import makes it.
  await db.$executeRaw`INSERT INTO article (id, "workspaceId", title, "updatedAt") VALUES ('bench_similar_b', ${WORKSPACE}, 'Fresh import', now()) ON CONFLICT DO NOTHING`;
  await db.$executeRaw`INSERT INTO article_version (id, "articleId", number, text, blocks, "contentHash", source)
    VALUES ('bench_similar_vb', 'bench_similar_b', 1, ${article}, '[]', 'y', 'demo') ON CONFLICT (id) DO UPDATE SET text = EXCLUDED.text`;
  // First view of a version (scored, then cached): cold (this instance has not indexed the
  // workspace's verdicts yet) and warm (another article viewed since the last verdict); later
  // views (the cache, still valid).
  const runs: number[] = [];
  const warmRuns: number[] = [];
  const cachedRuns: number[] = [];
  let count = 0;
  for (let i = 0; i < 6; i++) {
    await db.suggestionCache.deleteMany({ where: { workspaceId: WORKSPACE } });
    forgetCheckedIndexes();
    let started = performance.now();
    count = (await listArticleSuggestions(actor, 'bench_similar_b')).suggestions.length;
    if (i > 0) runs.push(performance.now() - started);
    await db.suggestionCache.deleteMany({ where: { workspaceId: WORKSPACE } });
    started = performance.now();
    await listArticleSuggestions(actor, 'bench_similar_b');
    if (i > 0) warmRuns.push(performance.now() - started);
    started = performance.now();
    await listArticleSuggestions(actor, 'bench_similar_b');
    if (i > 0) cachedRuns.push(performance.now() - started);
  }
  runs.sort((a, b) => a - b);
  warmRuns.sort((a, b) => a - b);
  cachedRuns.sort((a, b) => a - b);
  await db.$disconnect();
  return [
    { name: `"already checked?" among ${CLAIMS} claims: median`, value: Math.round(percentile(times, 0.5) * 10) / 10, unit: 'ms' },
    { name: `"already checked?" among ${CLAIMS} claims: p95 (${times.length} statements)`, value: Math.round(percentile(times, 0.95) * 10) / 10, unit: 'ms', target: '< 30 ms' },
    { name: '"already checked?": statements with a match', value: found, unit: `of ${questions.length}` },
    { name: `suggestions, first view, cold: ${ARTICLE_WORDS}-word article against ${PUBLISHED} published claims (median)`, value: Math.round(percentile(runs, 0.5)), unit: 'ms', target: '< 300 ms', note: `${count} suggestions` },
    { name: 'suggestions, first view: slowest of 5 runs', value: Math.round(runs[runs.length - 1] as number), unit: 'ms' },
    { name: 'suggestions, first view, verdicts already indexed by this instance (median)', value: Math.round(percentile(warmRuns, 0.5)), unit: 'ms', target: '< 300 ms' },
    { name: 'suggestions, later views of the same version (cached, median)', value: Math.round(percentile(cachedRuns, 0.5)), unit: 'ms', target: '< 300 ms' },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  printFigures('"Already checked?" and suggestions through the data layer (big desk)', await benchSimilar());
  process.exit(0);
}
