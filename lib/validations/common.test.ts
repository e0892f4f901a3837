import { describe, expect, it } from 'vitest';
import { commentBodySchema } from './comment';
import { correctionReasonSchema, explanationSchema } from './claim';
import { optionalText, toWellFormed } from './common';

describe('toWellFormed', () => {
  it('replaces lone high and low surrogates with U+FFFD and keeps pairs', () => {
    expect(toWellFormed('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc');
    expect(toWellFormed('end\uD83D')).toBe('end\uFFFD');
    expect(toWellFormed('emoji \uD83D\uDE00 kept')).toBe('emoji \uD83D\uDE00 kept');
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
