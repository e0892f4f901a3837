import { describe, expect, it } from 'vitest';
import { archiveSentence } from './archive-sentence';

describe('the sentence about a source’s archived copy', () => {
  it('says whether the passage relied on is in the copy, and when the copy was made', () => {
    expect(archiveSentence('found', '2026-12-04 10:44 UTC')).toBe('Passage found in the copy archived on 2026-12-04 10:44 UTC.');
    expect(archiveSentence('not_found', '2026-12-04 10:44 UTC')).toBe('Passage not found in the copy archived on 2026-12-04 10:44 UTC.');
    expect(archiveSentence('no_passage', '2026-12-04 10:44 UTC')).toBe('Archived on 2026-12-04 10:44 UTC.');
  });
});
