import { describe, expect, it } from 'vitest';
import { addEvidenceInputSchema } from '@/lib/validations/evidence';
import { checkEvidenceForm } from './evidence-form-checks';

// The form's plain checks must never refuse what the API accepts, and should catch what a
// checker most often gets wrong, in the API's own words.
const valid = { url: 'https://www.example.org/report', title: 'A report', publisher: 'Stats office', passage: 'Page 4', stance: 'supports', accessedAt: '2026-11-30' } as const;

describe('the evidence form’s own checks', () => {
  it('let a source the API accepts through', () => {
    expect(addEvidenceInputSchema.safeParse(valid).success).toBe(true);
    expect(checkEvidenceForm(valid)).toEqual({});
    expect(checkEvidenceForm({ ...valid, title: '', publisher: '', passage: '', accessedAt: null })).toEqual({});
  });

  it('ask for a full http(s) link, as the API does', () => {
    for (const url of ['', 'www.example.org', 'ftp://example.org/file', 'javascript:alert(1)']) {
      const errors = checkEvidenceForm({ ...valid, url });
      expect(errors.url).toEqual(['Enter a full link starting with http:// or https://']);
      expect(addEvidenceInputSchema.safeParse({ ...valid, url }).success).toBe(false);
    }
  });

  it('name the field that is too long, with the API’s limit', () => {
    const errors = checkEvidenceForm({ ...valid, title: 'x'.repeat(501), passage: 'y'.repeat(10_001) });
    expect(errors).toEqual({
      title: ['The title is too long (500 characters at most)'],
      passage: ['The passage is too long (10,000 characters at most)'],
    });
  });

  it('refuse a date that is not one', () => {
    expect(checkEvidenceForm({ ...valid, accessedAt: 'yesterday' }).accessedAt).toHaveLength(1);
  });
});
