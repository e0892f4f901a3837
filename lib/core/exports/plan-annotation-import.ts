// Placing imported annotations on an article's text before any claim is created: each one is
// anchored the way Factdesk re-anchors its own claims (position if the quote is still there,
// else the quote by its context, else a cautious fuzzy match; lib/core/anchoring). anchorAll is
// used rather than anchorClaim one by one because an import is a set of claims from one
// document: the ones found vouch for where the others should be. What cannot be placed is
// returned with the reason, for the importer to show: nothing is dropped silently.

import { anchorAll, createOffsetIndex, describeRange } from '@/lib/core/anchoring';
import type { AnchorMethod, OrphanReason, TextPositionSelector, TextQuoteSelector } from '@/lib/core/anchoring';
import type { RatingDto } from '@/lib/validations/rating';
import type { ImportedAnnotation, ImportedEvidence } from './parse-annotation-import';

export type PlannedClaim = {
  /** The annotation's place in the import. */
  index: number;
  /** UTF-16 offsets into the text. */
  start: number;
  end: number;
  /** The same range as the data layer stores it: code points, quote with fresh context. */
  position: TextPositionSelector;
  quote: TextQuoteSelector;
  /** How it was found; 'fuzzy' means the words differ a little from the imported quote. */
  method: AnchorMethod;
  statement: string;
  /** The rating whose label the assessment names (case-insensitive), if the scale has it. */
  verdictKey: string | null;
  explanation: string;
  evidence: ImportedEvidence[];
  notes: string[];
};

export type UnanchoredReason = OrphanReason | 'whitespace_only';

export type UnanchoredAnnotation = {
  index: number;
  quote: { exact: string; prefix: string; suffix: string };
  reason: UnanchoredReason;
  message: string;
};

export type AnnotationImportPlan = { toCreate: PlannedClaim[]; unanchored: UnanchoredAnnotation[] };

export type PlanAnnotationImportOptions = {
  /** The workspace's scale, to turn an imported verdict label into a rating key. */
  ratingScale?: readonly Pick<RatingDto, 'key' | 'label'>[];
};

const MESSAGES: Record<UnanchoredReason, string> = {
  empty_quote: 'The annotation quotes nothing.',
  whitespace_only: 'The annotation quotes only white space.',
  not_found: 'The quoted words are not in this text, not even approximately.',
  low_score: 'Similar words are in the text, but not in the context the annotation gives; placing it there could be wrong.',
  ambiguous: 'The quote fits several places equally well, and its context does not say which one is meant.',
};

export function planAnnotationImport(
  text: string,
  annotations: readonly ImportedAnnotation[],
  options: PlanAnnotationImportOptions = {},
): AnnotationImportPlan {
  const index = createOffsetIndex(text);
  const results = anchorAll(
    text,
    annotations.map((a) => ({
      quote: { type: 'TextQuoteSelector' as const, ...a.quote },
      ...(a.position ? { position: { type: 'TextPositionSelector' as const, ...a.position } } : {}),
    })),
  );

  const plan: AnnotationImportPlan = { toCreate: [], unanchored: [] };
  annotations.forEach((annotation, i) => {
    const result = results[i];
    const unanchored = (reason: UnanchoredReason) =>
      plan.unanchored.push({ index: annotation.index, quote: annotation.quote, reason, message: MESSAGES[reason] });
    if (!result || result.state === 'orphaned') {
      unanchored(result?.reason ?? 'not_found');
      return;
    }
    const described = describeRange(text, result.start, result.end, index);
    if (!described.ok) {
      unanchored(described.reason === 'whitespace_only' ? 'whitespace_only' : 'not_found');
      return;
    }
    plan.toCreate.push({
      index: annotation.index,
      start: described.start,
      end: described.end,
      position: described.position,
      quote: described.quote,
      method: result.method,
      statement: annotation.statement ?? '',
      ...verdictOf(annotation, options.ratingScale ?? []),
      evidence: annotation.evidence,
      notes: annotation.notes,
    });
  });
  return plan;
}

/**
 * A label the scale knows becomes its key. One it does not know (another newsroom's scale, or
 * a free-text assessment) stays readable at the top of the explanation instead of vanishing.
 */
function verdictOf(
  annotation: ImportedAnnotation,
  scale: readonly Pick<RatingDto, 'key' | 'label'>[],
): { verdictKey: string | null; explanation: string } {
  const label = annotation.verdictLabel?.trim() ?? '';
  const explanation = annotation.explanation?.trim() ?? '';
  if (label === '') return { verdictKey: null, explanation };
  const folded = label.toLocaleLowerCase('en');
  const rating = scale.find((r) => r.label.trim().toLocaleLowerCase('en') === folded || r.key === label);
  if (rating) return { verdictKey: rating.key, explanation };
  return { verdictKey: null, explanation: explanation ? `${label}\n\n${explanation}` : label };
}
