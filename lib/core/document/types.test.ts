import { describe, expect, it } from 'vitest';
import { blocksSchema, frozenDocumentSchema } from './types';

const text = 'Headline\n\nFirst item with link\n\nA paragraph.';
const blocks = [
  { type: 'h2', start: 0, end: 8 },
  { type: 'li', start: 10, end: 30, ordered: true, links: [{ start: 26, end: 30, href: 'https://example.test/' }] },
  { type: 'p', start: 32, end: 44 },
];

function problems(doc: unknown): string[] {
  return frozenDocumentSchema.safeParse(doc).error?.issues.map((issue) => issue.message) ?? [];
}

describe('frozenDocumentSchema (reading a stored article version)', () => {
  it('accepts a document whose blocks tile the text', () => {
    expect(problems({ text, blocks })).toEqual([]);
    expect(blocksSchema.parse(JSON.parse(JSON.stringify(blocks)))).toEqual(blocks);
  });

  it('accepts the empty document', () => {
    expect(problems({ text: '', blocks: [] })).toEqual([]);
  });

  it('rejects unknown block types and unsafe link targets', () => {
    expect(problems({ text: 'x', blocks: [{ type: 'script', start: 0, end: 1 }] })).not.toEqual([]);
    const badLink = { type: 'p', start: 0, end: 1, links: [{ start: 0, end: 1, href: 'javascript:alert(1)' }] };
    expect(problems({ text: 'x', blocks: [badLink] })).toEqual(['Link must be an absolute http, https or mailto URL']);
  });

  it('rejects offsets that do not match the text, so a corrupted row cannot mis-highlight', () => {
    expect(problems({ text, blocks: blocks.slice(0, 2) })).toEqual(['Blocks do not cover the text']);
    expect(problems({ text, blocks: [blocks[1], blocks[0], blocks[2]] })).toContain(
      'Blocks must be in order, separated by one blank line',
    );
    expect(problems({ text: 'ab', blocks: [{ type: 'p', start: 0, end: 3 }] })).toContain(
      'Block range is empty or past the end of the text',
    );
    expect(problems({ text: 'a\n\nb', blocks: [{ type: 'p', start: 0, end: 4 }] })).toEqual([
      'Block text has surrounding whitespace or a blank line',
    ]);
    expect(problems({ text: 'ab', blocks: [{ type: 'p', start: 0, end: 2, links: [{ start: 1, end: 5, href: 'https://e.test/' }] }] })).toEqual([
      'Link lies outside its block',
    ]);
  });

  it('allows "ordered" on list items only', () => {
    expect(problems({ text: 'x', blocks: [{ type: 'p', start: 0, end: 1, ordered: false }] })).toEqual([
      'Only list items can be ordered',
    ]);
  });
});
