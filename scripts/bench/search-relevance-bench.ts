// Relevance of search on the labelled set (scripts/bench/search-relevance/): its documents are
// planted in the big desk, then each query must bring its document into the first five results.
import pg from 'pg';
import type { Figure } from './figure';
import type { BigDesk } from './big-desk/generate-big-desk';
import { bigDeskSearcher } from './search-bench';
import { relevanceDocuments } from './search-relevance/relevance-documents';
import { relevanceQueries } from './search-relevance/relevance-queries';

async function plantDocuments(client: pg.Client, workspaceId: string): Promise<void> {
  // Again from scratch, so that an edited set is what is measured.
  await client.query(`DELETE FROM article WHERE "workspaceId" = $1 AND id LIKE 'rel\\_%'`, [workspaceId]);
  for (const doc of relevanceDocuments) {
    if (doc.kind === 'article') {
      await client.query(
        `INSERT INTO article (id, "workspaceId", title, outlet, author, language, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, now())`,
        [doc.id, workspaceId, doc.title, doc.outlet ?? null, doc.author ?? null, doc.language],
      );
      await client.query(
        `INSERT INTO article_version (id, "articleId", number, text, blocks, "contentHash", source) VALUES ($1 || '_v', $1, 1, $2, '[]', md5($2), 'demo')`,
        [doc.id, doc.text],
      );
    } else if (doc.kind === 'claim') {
      await client.query(
        `INSERT INTO claim (id, "workspaceId", "articleId", "articleVersionId", start, "end", exact, prefix, suffix, statement, claimant, explanation, "updatedAt")
         VALUES ($1, $2, $3, $3 || '_v', 0, 0, $4, '', '', $5, $6, $7, now())`,
        [doc.id, workspaceId, doc.articleId, doc.quote, doc.statement, doc.claimant ?? '', doc.explanation ?? ''],
      );
    } else {
      await client.query(
        `INSERT INTO evidence (id, "claimId", "workspaceId", url, title, publisher, passage, stance, "updatedAt") VALUES ($1, $2, $3, $4, $5, $6, $7, 'supports', now())`,
        [doc.id, doc.claimId, workspaceId, doc.url, doc.title, doc.publisher, doc.passage],
      );
    }
  }
}

export async function benchRelevance(desk: BigDesk): Promise<Figure[]> {
  const search = await bigDeskSearcher(desk);
  const client = new pg.Client({ connectionString: desk.databaseUrl });
  await client.connect();
  try {
    await plantDocuments(client, desk.workspaceId);
  } finally {
    await client.end();
  }
  const byCategory = new Map<string, { hits: number; total: number }>();
  const misses: string[] = [];
  let hits = 0;
  let reciprocal = 0;
  for (const query of relevanceQueries) {
    const { results } = await search(query.q);
    const rank = results.findIndex((result) => result.id === query.expect) + 1;
    const hit = rank >= 1 && rank <= 5;
    if (hit) hits += 1;
    else misses.push(`${query.q} → ${query.expect}${rank ? ` at ${rank}` : ' not in the first 20'}`);
    if (rank >= 1) reciprocal += 1 / rank;
    const category = byCategory.get(query.category) ?? { hits: 0, total: 0 };
    byCategory.set(query.category, { hits: category.hits + (hit ? 1 : 0), total: category.total + 1 });
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  if (misses.length > 0) console.log(`  Missed (${misses.length}):\n${misses.map((m) => `    ${m}`).join('\n')}`);
  return [
    { name: `recall@5 on the labelled set (${relevanceQueries.length} queries)`, value: round(hits / relevanceQueries.length), unit: '', target: '≥ 0.9' },
    { name: 'MRR (first 20 results)', value: round(reciprocal / relevanceQueries.length), unit: '' },
    ...[...byCategory].map(([category, { hits: h, total }]) => ({ name: `  recall@5 of "${category}" queries (${total})`, value: round(h / total), unit: '' })),
  ];
}
