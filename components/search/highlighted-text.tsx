import type { TextSegment } from '@/lib/core/search/highlight';

/** Text with its matched words marked: plain segments rendered as elements, never as HTML. */
export function HighlightedText({ segments }: { segments: TextSegment[] }) {
  return (
    <>
      {segments.map((segment, index) =>
        segment.highlight ? (
          <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-stone-950">
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
