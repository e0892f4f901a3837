import 'server-only';
import type { FrozenDocument } from '@/lib/core/document';
import { createOffsetIndex } from '@/lib/core/anchoring';

/**
 * A frozen document's blocks as they are stored: offsets in code points (see docs/decisions on
 * units). Every version of every article is written through here.
 */
export function toStoredBlocks(document: FrozenDocument) {
  const index = createOffsetIndex(document.text);
  return document.blocks.map((b) => ({
    ...b,
    start: index.toCodePoint(b.start),
    end: index.toCodePoint(b.end, 'end'),
    ...(b.links ? { links: b.links.map((l) => ({ ...l, start: index.toCodePoint(l.start), end: index.toCodePoint(l.end, 'end') })) } : {}),
  }));
}
