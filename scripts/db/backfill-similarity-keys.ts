// Claims made before `claim.similarityKey` existed (migration …_similar_claims_and_reference_library
// added it as '' for every row) are invisible to "already checked?" and to suggestions, which
// pre-filter on that column. Their key is the pure `searchKey` of lib/core (the same function every
// write path uses), which SQL cannot compute, so this step fills it after the migrations, under
// the migration lock, a batch at a time. Rows that already have a key are never touched; the
// step is idempotent and finds nothing to do once a database is filled.
import pg from 'pg';
import { searchKey } from '../../lib/core/suggestions';

const BATCH = 500;

export async function backfillSimilarityKeys(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  let filled = 0;
  try {
    let after = '';
    for (;;) {
      const { rows } = await client.query<{ id: string; statement: string; exact: string }>(
        `SELECT id, statement, exact FROM claim WHERE "similarityKey" = '' AND id > $1 ORDER BY id LIMIT ${BATCH}`,
        [after],
      );
      if (rows.length === 0) break;
      after = rows.at(-1)!.id;
      // As create-claim.ts computes it: the statement, or the quote when there is none.
      const keyed = rows.map((row) => ({ id: row.id, key: searchKey(row.statement || row.exact) })).filter((row) => row.key !== '');
      if (keyed.length === 0) continue;
      const result = await client.query(
        `UPDATE claim SET "similarityKey" = k.key
           FROM unnest($1::text[], $2::text[]) AS k(id, key)
          WHERE claim.id = k.id AND claim."similarityKey" = ''`,
        [keyed.map((row) => row.id), keyed.map((row) => row.key)],
      );
      filled += result.rowCount ?? 0;
    }
  } finally {
    await client.end();
  }
  return filled;
}
