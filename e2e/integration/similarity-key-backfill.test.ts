// Story: a desk upgraded from before "already checked?" existed. Its older claims had no
// similarity key (the column arrived empty), so a new claim repeating one found nothing. The
// migration step (`npm run migrate`, npm start) fills the keys with the same pure function the
// app uses, and the repeat is found; running it again changes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import type { ClaimDto } from '@/lib/validations/claim';
import type { SimilarClaimsDto } from '@/lib/validations/similar';
import { searchKey } from '@/lib/core/suggestions';
import { backfillSimilarityKeys } from '../../scripts/db/backfill-similarity-keys';
import { createArticle, createMember, createTeammate, type Member } from './support/api';
import { sql } from './support/database';
import { markClaim, publishClaim } from './support/similar-fixtures';

const OLD = 'The harbour authority says about 3,000 containers were lost at sea in 2025.';
let owner: Member;
let older: ClaimDto;

const keyOf = async (id: string) => (await sql<{ key: string }>('SELECT "similarityKey" AS key FROM claim WHERE id = $1', [id]))[0]?.key;

beforeAll(async () => {
  owner = await createMember('backfill-owner');
  const [checker, editor] = await Promise.all([createTeammate(owner, 'checker'), createTeammate(owner, 'editor')]);
  const article = await createArticle(owner.api, { title: 'Lost containers', text: OLD });
  older = await publishClaim(checker.api, editor.api, article.id, OLD.slice(0, -1));
  // As it was before the column existed.
  await sql(`UPDATE claim SET "similarityKey" = '' WHERE id = $1`, [older.id]);
});

describe('filling the similarity key of older claims', () => {
  it('makes an older published claim findable by "already checked?" again', async () => {
    const article = await createArticle(owner.api, { title: 'Containers again', text: 'About 3,000 containers were lost at sea in 2025, the harbour authority says.' });
    const repeat = await markClaim(owner.api, article.id, 'About 3,000 containers were lost at sea in 2025, the harbour authority says');
    const before = await owner.api.get<SimilarClaimsDto>(`/api/v1/claims/${repeat.id}/similar`);
    expect(before.body.matches.map((m) => m.id)).not.toContain(older.id);

    expect(await backfillSimilarityKeys(process.env.DATABASE_URL!)).toBeGreaterThanOrEqual(1);
    expect(await keyOf(older.id)).toBe(searchKey(older.statement));

    const after = await owner.api.get<SimilarClaimsDto>(`/api/v1/claims/${repeat.id}/similar`);
    expect(after.body.matches.map((m) => m.id)).toContain(older.id);
  });

  it('leaves claims that have a key as they are, and finds nothing left to do', async () => {
    await sql(`UPDATE claim SET "similarityKey" = 'kept as it is' WHERE id = $1`, [older.id]);
    await backfillSimilarityKeys(process.env.DATABASE_URL!);
    expect(await keyOf(older.id)).toBe('kept as it is');
  });
});
