import { buildSegments, createOffsetIndex, splitSegmentsByBlocks } from '@/lib/core/anchoring';
import { blockRuns } from '@/lib/core/reader/block-pieces';
import type { Block } from '@/lib/core/document/types';

type Props = {
  text: string;
  /** As stored: offsets in code points. */
  blocks: Block[];
  /** The passage relied on, in code points, when it was found in the copy. */
  passage: { start: number; end: number } | null;
};

const blockClass: Record<Block['type'], string> = {
  p: 'my-4',
  h2: 'mt-8 mb-3 font-sans text-xl font-semibold',
  h3: 'mt-6 mb-2 font-sans text-lg font-semibold',
  h4: 'mt-5 mb-2 font-sans font-semibold',
  li: 'my-2 ms-6',
  blockquote: 'my-5 border-s-4 border-stone-300 ps-4 italic text-stone-800',
};

/**
 * The archived copy's readable text, rendered on the server from the stored text and blocks the
 * way the article reader does (lib/core/anchoring segments, lib/core/reader runs): every piece
 * is a React text node, so nothing of the source's markup (scripts, handlers, styles) can reach
 * the page. The passage is a <mark> the page links to (#passage).
 */
export function ArchivedText({ text, blocks, passage }: Props) {
  const index = createOffsetIndex(text);
  const ranges = passage ? [{ id: 'passage', start: index.toUtf16(passage.start), end: index.toUtf16(passage.end) }] : [];
  const readerBlocks = blocks.map((b) => ({
    ...b,
    start: index.toUtf16(b.start),
    end: index.toUtf16(b.end),
    links: (b.links ?? []).map((l) => ({ start: index.toUtf16(l.start), end: index.toUtf16(l.end), href: l.href })),
  }));
  const segmentsByBlock = splitSegmentsByBlocks(buildSegments(text.length, ranges, { includeGaps: true }), readerBlocks);
  const passageStart = ranges[0]?.start;

  return (
    <div className="whitespace-pre-line font-serif text-lg leading-relaxed text-stone-900" data-testid="archived-text">
      {readerBlocks.map((block, i) => {
        const Tag = block.type === 'li' ? 'div' : block.type;
        return (
          <Tag key={block.start} className={blockClass[block.type]} dir="auto">
            {blockRuns(block, block.links, segmentsByBlock[i] ?? []).map((run) => {
              const pieces = run.pieces.map((piece) => {
                const slice = text.slice(piece.start, piece.end);
                if (piece.claimIds.length === 0) return <span key={piece.start}>{slice}</span>;
                return (
                  <mark key={piece.start} id={piece.start === passageStart ? 'passage' : undefined} className="rounded-sm bg-amber-200 px-0.5 text-stone-950" data-passage="true">
                    {slice}
                  </mark>
                );
              });
              return run.href ? (
                <a key={run.start} href={run.href} rel="noopener noreferrer nofollow" className="text-blue-800 underline underline-offset-2">
                  {pieces}
                </a>
              ) : (
                <span key={run.start}>{pieces}</span>
              );
            })}
          </Tag>
        );
      })}
    </div>
  );
}
