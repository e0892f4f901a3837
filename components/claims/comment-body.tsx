import { segmentMentions } from '@/lib/core/mentions';
import type { CommentDto } from '@/lib/validations/comment';

/** A comment's plain text with its @mentions highlighted (never parsed as HTML). */
export function CommentBody({ comment }: { comment: Pick<CommentDto, 'body' | 'mentionRanges'> }) {
  return (
    <p className="whitespace-pre-wrap break-words text-sm text-stone-900">
      {segmentMentions(comment.body, comment.mentionRanges).map((segment, i) =>
        segment.userId ? (
          <span key={i} className="rounded bg-blue-50 px-0.5 font-medium text-blue-900">
            {segment.text}
          </span>
        ) : (
          <span key={i}>{segment.text}</span>
        ),
      )}
    </p>
  );
}
