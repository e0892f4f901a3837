import { describe, expect, it } from 'vitest';
import { countLabel } from './count-label';

describe('countLabel', () => {
  it('says one thing or many', () => {
    expect(countLabel(0, 'article')).toBe('0 articles');
    expect(countLabel(1, 'article')).toBe('1 article');
    expect(countLabel(1200, 'piece of evidence', 'pieces of evidence')).toBe('1,200 pieces of evidence');
  });
});
