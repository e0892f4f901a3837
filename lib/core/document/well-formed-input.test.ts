import { describe, expect, it } from 'vitest';
// The schemas' own tests: lib/validations may import nothing but zod, so they live beside the
// importers' normaliser, which shares toWellFormed with every text input.
import { commentBodySchema } from '@/lib/validations/comment';
import { correctionReasonSchema, explanationSchema } from '@/lib/validations/claim';
import { optionalText, toWellFormed } from '@/lib/validations/common';
import { normalizeInput } from './normalize-text';

describe('toWellFormed', () => {
  it('replaces lone high and low surrogates with U+FFFD and keeps pairs', () => {
    expect(toWellFormed('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(toWellFormed('end\uD83D')).toBe('end\uFFFD');
    expect(toWellFormed('emoji \uD83D\uDE00 kept')).toBe('emoji \uD83D\uDE00 kept');
    expect(normalizeInput('lone \uDE00 low')).toBe('lone \uFFFD low');
  });
});

describe('text inputs', () => {
  it.each([
    ['optionalText', optionalText(100, 'Text')],
    ['explanation', explanationSchema],
    ['correction reason', correctionReasonSchema],
    ['comment body', commentBodySchema],
  ])('%s stores a lone surrogate as U+FFFD', (_name, schema) => {
    expect(schema.parse(' x\uD800y ')).toBe('x\uFFFDy');
  });
});
