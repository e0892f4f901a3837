export { findMentions, mentionedUserIds, segmentMentions } from './find-mentions';
export type { MentionCandidate, MentionRange, MentionSegment } from './find-mentions';
