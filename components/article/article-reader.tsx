'use client';

import { memo, Suspense, useMemo } from 'react';
import { clsx } from 'clsx';
import { buildSegments, splitSegmentsByBlocks, type ClaimRange, type Segment } from '@/lib/core/anchoring/segments';
import { blockRuns, type LinkRange } from '@/lib/core/reader/block-pieces';
import { toneStyle } from '@/components/claims/tone-style';
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
  onSelectClaim: (claimId: string) => void;
};

const blockClass: Record<ReaderBlock['type'], string> = {
  p: 'my-5',
  h2: 'mt-10 mb-4 font-sans text-2xl font-semibold',
  h3: 'mt-8 mb-3 font-sans text-xl font-semibold',
  h4: 'mt-6 mb-2 font-sans text-lg font-semibold',
  li: 'my-2 ms-6 list-item',
  blockquote: 'my-6 border-s-4 border-stone-300 ps-4 italic text-stone-800',
};

/** One block, its text cut into link runs and claim pieces; each piece is a <mark> or text. */
const Block = memo(function Block({ block, text, segments, paints, activeId, onSelectClaim }: BlockProps) {
  const runs = useMemo(() => blockRuns(block, block.links, segments), [block, segments]);
  const Tag = block.type === 'li' ? 'div' : block.type;
  const content = runs.map((run) => {
    const pieces = run.pieces.map((piece) => {
      const slice = text.slice(piece.start, piece.end);
      const top = piece.claimIds[0];
      if (!top) return <span key={piece.start}>{slice}</span>;
      const paint = paints.get(top);
      return (
        <mark
          key={piece.start}
          className={clsx('claim-highlight', `tone-${paint?.tone ?? 'none'}`)}
          style={{ '--depth': piece.claimIds.length, ...toneStyle(paint) } as React.CSSProperties}
          data-claim-ids={piece.claimIds.join(' ')}
          data-active={piece.claimIds.includes(activeId ?? '') ? 'true' : undefined}
          onClick={(event) => {
            // A click that ends a selection is for marking, not for opening a claim.
            if (!window.getSelection()?.isCollapsed) return;
            event.stopPropagation();
            onSelectClaim(top);
          }}
        >
          {slice}
        </mark>
      );
    });
    return run.href ? (
      <a key={run.start} href={run.href} target="_blank" rel="noopener noreferrer nofollow" className="text-blue-800 underline underline-offset-2">
        {pieces}
      </a>
    ) : (
      <span key={run.start}>{pieces}</span>
    );
  });
  return (
    <Tag
      className={clsx(blockClass[block.type], block.type === 'li' && (block.ordered ? 'list-decimal' : 'list-disc'))}
      dir="auto"
      data-block-start={block.start}
      data-block-end={block.end}
    >
      {content}
    </Tag>
  );
});

/**
 * The frozen text in reading typography, with every claim highlighted, overlaps included. Memoised:
 * the workspace re-renders for many reasons (a selection, a panel), and an update reaching a block
 * group that is still to be hydrated would make React hydrate it at once, in the same task.
 */
export const ArticleReader = memo(function ArticleReader({ text, blocks, claims, paints, activeId, onSelectClaim, direction, language }: ArticleReaderProps) {
  const segmentsByBlock = useMemo(
    () => splitSegmentsByBlocks(buildSegments(text.length, claims, { includeGaps: true }), blocks),
    [text.length, blocks, claims],
  );
  const groups = useMemo(() => hydrationGroups(blocks.length), [blocks.length]);
  return (
    <div dir={direction} lang={language ?? undefined} className="whitespace-pre-line font-serif text-[1.1875rem] leading-[1.7] text-stone-900">
      {groups.map(([from, to]) => (
        <Suspense key={from} fallback={null}>
          {blocks.slice(from, to).map((block, j) => (
            <Block
              key={block.start}
              block={block}
              text={text}
              segments={segmentsByBlock[from + j] ?? []}
              paints={paints}
              activeId={activeId}
              onSelectClaim={onSelectClaim}
            />
          ))}
        </Suspense>
      ))}
    </div>
  );
});

// A long article is hydrated a group of blocks at a time: each Suspense boundary the server
// rendered is hydrated as its own task, so the main thread is free between them and a phone
// does not freeze for the whole text at once (decision 043). Nothing here suspends.
const BLOCKS_PER_GROUP = 12;

function hydrationGroups(count: number): [number, number][] {
  const groups: [number, number][] = [];
  for (let from = 0; from < count; from += BLOCKS_PER_GROUP) groups.push([from, Math.min(count, from + BLOCKS_PER_GROUP)]);
  return groups;
}
