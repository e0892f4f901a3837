'use client';

import { memo, useMemo } from 'react';
import { clsx } from 'clsx';
import { buildSegments, splitSegmentsByBlocks, type ClaimRange, type Segment } from '@/lib/core/anchoring/segments';
import type { LinkRange } from '@/lib/core/reader/block-pieces';
import { blockHtml } from '@/lib/core/reader/block-html';
import type { VerdictPaint } from '@/lib/core/rating-scale/rating-scale';

export type ReaderBlock = {
  type: 'p' | 'h2' | 'h3' | 'h4' | 'li' | 'blockquote';
  start: number;
  end: number;
  ordered?: boolean;
  links: LinkRange[];
};

type ArticleReaderProps = {
  text: string;
  blocks: ReaderBlock[];
  claims: ClaimRange[];
  paints: ReadonlyMap<string, VerdictPaint>;
  activeId: string | null;
  onSelectClaim: (claimId: string) => void;
  direction: 'ltr' | 'rtl';
  language: string | null;
};

type BlockProps = {
  block: ReaderBlock;
  text: string;
  segments: Segment[];
  paints: ReadonlyMap<string, VerdictPaint>;
  activeId: string | null;
};

const blockClass: Record<ReaderBlock['type'], string> = {
  p: 'my-5',
  h2: 'mt-10 mb-4 font-sans text-2xl font-semibold',
  h3: 'mt-8 mb-3 font-sans text-xl font-semibold',
  h4: 'mt-6 mb-2 font-sans text-lg font-semibold',
  li: 'my-2 ms-6 list-item',
  blockquote: 'my-6 border-s-4 border-stone-300 ps-4 italic text-stone-800',
};

/**
 * One block: its pieces written as HTML by `blockHtml` (lib/core/reader/block-html.ts), so that
 * hydrating it is one element, not one per piece. A click on a highlight is read by the reader.
 */
const Block = memo(function Block({ block, text, segments, paints, activeId }: BlockProps) {
  const html = useMemo(() => blockHtml({ block, links: block.links, text, segments, paints, activeId }), [block, text, segments, paints, activeId]);
  const Tag = block.type === 'li' ? 'div' : block.type;
  return (
    <Tag
      // A list item's marker sits outside its box, where containment would clip it.
      className={clsx(blockClass[block.type], block.type === 'li' ? (block.ordered ? 'list-decimal' : 'list-disc') : 'reader-block')}
      dir="auto"
      data-block-start={block.start}
      data-block-end={block.end}
      dangerouslySetInnerHTML={{ __html: html }}
    />
  );
});

/**
 * The frozen text in reading typography, with every claim highlighted, overlaps included. Memoised,
 * and each block too: the workspace re-renders for many reasons (a selection, a panel), and opening
 * a claim rewrites only the blocks it is in. No Suspense boundary here: past the first 12.8 kB of a
 * page, React streams a boundary's content apart from the page and reveals it later, so the text
 * would paint late (decision 043).
 */
export const ArticleReader = memo(function ArticleReader({ text, blocks, claims, paints, activeId, onSelectClaim, direction, language }: ArticleReaderProps) {
  const segmentsByBlock = useMemo(
    () => splitSegmentsByBlocks(buildSegments(text.length, claims, { includeGaps: true }), blocks),
    [text.length, blocks, claims],
  );
  // One listener for every highlight. A click that ends a selection is for marking, not for
  // opening a claim; a highlight inside a link still opens the link too.
  const onClick = (event: React.MouseEvent<HTMLDivElement>) => {
    const mark = (event.target as Element).closest?.('mark[data-claim-ids]');
    const top = mark?.getAttribute('data-claim-ids')?.split(' ')[0];
    if (!top || !window.getSelection()?.isCollapsed) return;
    event.stopPropagation();
    onSelectClaim(top);
  };
  return (
    // Highlights are reached by keyboard through the claim list (the same claims, in order).
    <div dir={direction} lang={language ?? undefined} onClick={onClick} className="whitespace-pre-line font-serif text-[1.1875rem] leading-[1.7] text-stone-900">
      {blocks.map((block, i) => (
        <Block key={block.start} block={block} text={text} segments={segmentsByBlock[i] ?? []} paints={paints} activeId={activeIn(segmentsByBlock[i], activeId)} />
      ))}
    </div>
  );
});

/** The open claim when it is in these pieces, else null: a block without it need not change. */
function activeIn(segments: readonly Segment[] | undefined, activeId: string | null): string | null {
  return activeId !== null && segments?.some((s) => s.claimIds.includes(activeId)) ? activeId : null;
}
