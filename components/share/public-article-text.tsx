import { clsx } from 'clsx';
import { buildSegments, createOffsetIndex, splitSegmentsByBlocks } from '@/lib/core/anchoring';
import { blockRuns } from '@/lib/core/reader/block-pieces';
import type { RatingTone } from '@/lib/core/rating-scale/rating-scale';
import { toneStyle } from '@/components/claims/tone-style';
import type { BlockDto } from '@/lib/validations/article';

export type PublicHighlight = { id: string; number: number; start: number; end: number; tone: RatingTone; color: string | null; label: string };

type Props = { text: string; blocks: BlockDto[]; highlights: PublicHighlight[]; direction: 'ltr' | 'rtl'; language: string | null };

const blockClass: Record<BlockDto['type'], string> = {
  p: 'my-5',
  h2: 'mt-10 mb-4 font-sans text-2xl font-semibold',
  h3: 'mt-8 mb-3 font-sans text-xl font-semibold',
  h4: 'mt-6 mb-2 font-sans text-lg font-semibold',
  li: 'my-2 ms-6',
  blockquote: 'my-6 border-s-4 border-stone-300 ps-4 italic text-stone-800',
};

/**
 * The frozen article with its published claims highlighted, rendered on the server from the same
 * segments as the reader (lib/core/anchoring, lib/core/reader): no script. Each claim's last
 * piece carries a numbered link to its verdict below the text.
 */
export function PublicArticleText({ text, blocks, highlights, direction, language }: Props) {
  const index = createOffsetIndex(text);
  const ranges = highlights.map((h) => ({ ...h, start: index.toUtf16(h.start), end: index.toUtf16(h.end) }));
  const byId = new Map(ranges.map((r) => [r.id, r]));
  const readerBlocks = blocks.map((b) => ({
    ...b,
    start: index.toUtf16(b.start),
    end: index.toUtf16(b.end),
    links: (b.links ?? []).map((l) => ({ start: index.toUtf16(l.start), end: index.toUtf16(l.end), href: l.href })),
  }));
  const segmentsByBlock = splitSegmentsByBlocks(buildSegments(text.length, ranges, { includeGaps: true }), readerBlocks);

  return (
    <div dir={direction} lang={language ?? undefined} className="whitespace-pre-line font-serif text-[1.1875rem] leading-[1.7] text-stone-900">
      {readerBlocks.map((block, i) => {
        const Tag = block.type === 'li' ? 'div' : block.type;
        const runs = blockRuns(block, block.links, segmentsByBlock[i] ?? []);
        return (
          <Tag key={block.start} className={blockClass[block.type]} dir="auto">
            {runs.map((run) => {
              const pieces = run.pieces.map((piece) => {
                const slice = text.slice(piece.start, piece.end);
                const top = piece.claimIds[0] ? byId.get(piece.claimIds[0]) : undefined;
                if (!top) return <span key={piece.start}>{slice}</span>;
                const ending = piece.claimIds.map((id) => byId.get(id)).filter((h) => h && h.end === piece.end) as PublicHighlight[];
                return (
                  <span key={piece.start}>
                    <mark className={clsx('claim-highlight', `tone-${top.tone}`)} style={{ '--depth': piece.claimIds.length, ...toneStyle(top), cursor: 'auto' } as React.CSSProperties}>
                      {slice}
                    </mark>
                    {ending.map((h) =>
                      run.href ? (
                        <sup key={h.id} className="font-sans text-xs">[{h.number}]</sup>
                      ) : (
                        <sup key={h.id} className="font-sans text-xs">
                          <a href={`#claim-${h.id}`} className="text-blue-800 underline" aria-label={`Claim ${h.number}: ${h.label}`}>
                            [{h.number}]
                          </a>
                        </sup>
                      ),
                    )}
                  </span>
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
