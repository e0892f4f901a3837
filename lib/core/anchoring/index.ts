// The anchoring core: pinning claims to an article's text and finding them again after edits.
// Plain TypeScript (no React, Prisma or Node APIs), so it runs on the server and in the browser.
//
// Units: every bare `start`/`end` is a UTF-16 offset into a JavaScript string; code points
// appear only inside a TextPositionSelector (W3C, PostgreSQL). Convert with createOffsetIndex.

export { codePointToUtf16, createOffsetIndex, snapUtf16, splitsSurrogatePair, utf16ToCodePoint } from './code-points';
export type { OffsetIndex, SnapBias } from './code-points';

export { CONTEXT_LENGTH, describeRange } from './selectors';
export type {
  DescribeRangeFailure,
  DescribeRangeResult,
  RangeDescription,
  TextPositionSelector,
  TextQuoteSelector,
} from './selectors';

export { locateQuote } from './locate-quote';
export type { LocateQuoteOptions, LocateQuoteResult, QuoteToLocate } from './locate-quote';

export { anchorClaim } from './anchor';
export type {
  AnchorableClaim,
  AnchoredClaim,
  AnchorMethod,
  AnchorOptions,
  AnchorResult,
  OrphanedClaim,
  OrphanReason,
} from './anchor';
export { anchorAll } from './anchor-all';
export { reanchorAll } from './reanchor-all';

export { buildSegments, splitSegmentsByBlocks } from './segments';
export type { BuildSegmentsOptions, ClaimRange, Segment, TextBlock } from './segments';
