// A big desk for the benchmarks that need volume (search now; the claims view and similarity
// later): one workspace with N articles of ~500 words, 10 claims each, 3 evidence items per claim,
// written by set-based SQL (INSERT … SELECT over generate_series) into a database of its own,
// through the real triggers, so every derived structure (search entries, word list) is the one
// the app would have built. Words are pseudo-words from syllables, picked with a skewed
// (log-uniform, Zipf-like) frequency, so that posting lists look like a real language's.
import pg from 'pg';
import { applyMigrations, ensureDatabase } from '../../db/migrate';
import { resolveDatabaseUrl } from '../../lib/resolve-database';

export type BigDeskSize = { articles: number; claimsPerArticle: number; evidencePerClaim: number; wordsPerArticle: number };
export const FULL_SIZE: BigDeskSize = { articles: 10_000, claimsPerArticle: 10, evidencePerClaim: 3, wordsPerArticle: 500 };

export type BigDesk = { databaseUrl: string; workspaceId: string; userId: string; generatedSeconds: number | null; size: BigDeskSize };

export const BIG_DESK_WORKSPACE = 'bench_big_desk';
export const BIG_DESK_USER = 'bench_big_desk_user';
const VOCABULARY = 40_000;

// The vocabulary: word i is made of syllables chosen by the digits of i in base 40.
const CREATE_VOCABULARY = `
  CREATE TEMP TABLE vocab AS
  SELECT n, (
    SELECT string_agg((ARRAY['ka','lo','mi','ner','sta','vo','ri','pen','da','gor','lu','tes','an','bel','cor','dim','el','fra','gu','hal',
      'in','jor','kel','lam','mor','nu','or','pra','qui','ros','sul','tor','ul','ven','wal','xen','yor','zel','bra','cri'])[1 + (n / (40 ^ k)::int) % 40], '' ORDER BY k)
    FROM generate_series(0, 2) k
  ) AS word
  FROM generate_series(1, ${VOCABULARY}) n;
  CREATE UNIQUE INDEX ON vocab (n);
  -- A word by skewed rank: low ranks are common ("the"), high ones rare (names). The rank is
  -- drawn once per word (a subquery), not once per vocabulary row.
  CREATE FUNCTION pg_temp.bench_word() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT word FROM vocab WHERE n = (SELECT least(${VOCABULARY}, floor(exp(random() * ln(${VOCABULARY})))::int))
  $$;
  CREATE FUNCTION pg_temp.bench_text(words int) RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT string_agg((SELECT word FROM vocab WHERE n = r) || CASE WHEN random() < 0.07 THEN '.' ELSE '' END, ' ')
    FROM (SELECT least(${VOCABULARY}, floor(exp(random() * ln(${VOCABULARY})))::int) AS r FROM generate_series(1, words)) ranks
  $$;`;

// The relevance bench plants its labelled documents (ids `rel_…`) in the same workspace: they
// are not the desk's, and counting them made every run after the first generate the desk again.
async function isComplete(client: pg.Client, size: BigDeskSize): Promise<boolean> {
  const { rows } = await client.query<{ complete: boolean }>(
    `SELECT EXISTS (SELECT 1 FROM pg_tables WHERE tablename = 'bench_big_desk_done')
       AND (SELECT count(*) FROM article WHERE "workspaceId" = $1 AND id NOT LIKE 'rel\\_%') = $2 AS complete`,
    [BIG_DESK_WORKSPACE, size.articles],
  ).catch(() => ({ rows: [{ complete: false }] }));
  return rows[0]?.complete ?? false;
}

/**
 * The big desk's database (`factdesk_bench_big` on the test server unless given), generated on
 * first use and kept for the next runs; `--regenerate` or another size makes it again.
 */
export async function ensureBigDesk(options: { size?: BigDeskSize; regenerate?: boolean; log?: (line: string) => void } = {}): Promise<BigDesk> {
  const size = options.size ?? FULL_SIZE;
  const log = options.log ?? console.log;
  const server = await resolveDatabaseUrl({ purpose: 'test' });
  const url = new URL(server.url);
  url.pathname = '/factdesk_bench_big';
  const databaseUrl = url.toString();
  const desk = { databaseUrl, workspaceId: BIG_DESK_WORKSPACE, userId: BIG_DESK_USER, size };
  await ensureDatabase(databaseUrl);
  await applyMigrations(databaseUrl, { warn: () => undefined });
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    if (!options.regenerate && (await isComplete(client, size))) return { ...desk, generatedSeconds: null };
    log(`Generating the big desk: ${size.articles} articles, ${size.articles * size.claimsPerArticle} claims, ${size.articles * size.claimsPerArticle * size.evidencePerClaim} evidence items…`);
    const started = performance.now();
    await client.query('DROP TABLE IF EXISTS bench_big_desk_done');
    await client.query('DELETE FROM workspace WHERE id = $1', [BIG_DESK_WORKSPACE]);
    await client.query(CREATE_VOCABULARY);
    await client.query(
      `INSERT INTO "user" (id, name, email, "updatedAt") VALUES ($1, 'Bench', 'bench-big-desk@factdesk.invalid', now()) ON CONFLICT (id) DO NOTHING;`,
      [BIG_DESK_USER],
    );
    await client.query(`INSERT INTO workspace (id, name, slug, "updatedAt") VALUES ($1, 'Big desk', 'big-desk', now())`, [BIG_DESK_WORKSPACE]);
    await client.query(`INSERT INTO membership (id, "workspaceId", "userId", role) VALUES ('bench_big_desk_member', $1, $2, 'admin')`, [BIG_DESK_WORKSPACE, BIG_DESK_USER]);
    const step = async (what: string, sql: string, params: unknown[] = []) => {
      const t = performance.now();
      await client.query(sql, params);
      log(`  ${what}: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    };
    // Articles spread over two years, so that recency orders something.
    await step('articles', `
      INSERT INTO article (id, "workspaceId", title, outlet, author, language, "createdAt", "updatedAt")
      SELECT 'ba' || i, $1, initcap(pg_temp.bench_text(8)), initcap(pg_temp.bench_word()) || ' News', initcap(pg_temp.bench_word()) || ' ' || initcap(pg_temp.bench_word()),
        'en', now() - (i || ' hours')::interval, now() - (i || ' hours')::interval
      FROM generate_series(1, $2::int) i`, [BIG_DESK_WORKSPACE, size.articles]);
    await step('article texts', `
      INSERT INTO article_version (id, "articleId", number, text, blocks, "contentHash", source)
      SELECT 'bv' || i, 'ba' || i, 1, pg_temp.bench_text($1::int), '[]', md5(i::text), 'demo'
      FROM generate_series(1, $2::int) i`, [size.wordsPerArticle, size.articles]);
    await step('claims', `
      INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, claimant, explanation, status, "createdAt", "updatedAt")
      SELECT 'bc' || a || '_' || c, $1, 'ba' || a, 'bv' || a, 0, 0, pg_temp.bench_text(14), '', '', pg_temp.bench_text(10), initcap(pg_temp.bench_word()),
        CASE WHEN c % 3 = 0 THEN pg_temp.bench_text(40) ELSE '' END, 'researching', now() - (a || ' hours')::interval, now() - (a || ' hours')::interval
      FROM generate_series(1, $2::int) a, generate_series(1, $3::int) c`, [BIG_DESK_WORKSPACE, size.articles, size.claimsPerArticle]);
    await step('evidence', `
      INSERT INTO evidence (id, "claimId", "workspaceId", url, title, publisher, passage, stance, "createdAt", "updatedAt")
      SELECT 'be' || a || '_' || c || '_' || e, 'bc' || a || '_' || c, $1, 'https://www.' || pg_temp.bench_word() || '.example/' || a || '/' || c,
        initcap(pg_temp.bench_text(7)), initcap(pg_temp.bench_word()) || ' Institute', pg_temp.bench_text(30), 'context',
        now() - (a || ' hours')::interval, now() - (a || ' hours')::interval
      FROM generate_series(1, $2::int) a, generate_series(1, $3::int) c, generate_series(1, $4::int) e`,
      [BIG_DESK_WORKSPACE, size.articles, size.claimsPerArticle, size.evidencePerClaim]);
    // As autovacuum would soon: statistics, and the GIN indexes' pending lists (rows inserted
    // since the last vacuum, scanned one by one by every search) merged into the indexes.
    await step('vacuum and analyze', 'VACUUM ANALYZE');
    await client.query('CREATE TABLE bench_big_desk_done (at timestamptz DEFAULT now())');
    const generatedSeconds = (performance.now() - started) / 1000;
    return { ...desk, generatedSeconds };
  } finally {
    await client.end();
  }
}
