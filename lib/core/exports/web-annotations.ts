// The claims of an article as a W3C Web Annotation collection (JSON-LD), the form in which
// highlights travel between tools (Hypothesis, Recogito, another Factdesk).
//
// One annotation per claim. Its motivation is `assessing` once it has a verdict, `highlighting`
// before. Bodies, each with its purpose:
//   - describing: the statement (the claim rewritten as a neutral sentence);
//   - assessing:  the verdict label on the first line, the explanation after a blank line, so
//                 a tool that shows one text shows both and the import can split them again;
//   - linking:    each evidence source, the passage relied on as a TextQuoteSelector on it and
//                 the access date as a TimeState (both standard, so nothing needs a private key).
// The target carries both selectors; positions are code points of the frozen text, and when
// the source is the live page, a TimeState says which copy they were counted on.

import type { TextPositionSelector, TextQuoteSelector } from '@/lib/core/anchoring';
import { articlePermalink, claimPermalink } from './permalinks';
import { reportClaims } from './report-model';
import type { ReportClaim, ReportEvidence, ReviewReport } from './report-model';

export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export type TextualBody = { type: 'TextualBody'; purpose: 'describing' | 'assessing'; value: string; format: 'text/plain' };
export type LinkingBody = {
  type: 'SpecificResource';
  purpose: 'linking';
  source: string | { id: string; label: string };
  selector?: { type: 'TextQuoteSelector'; exact: string };
  state?: { type: 'TimeState'; sourceDate: string };
};
export type Agent = { type: 'Person' | 'Organization'; name: string };

export type WebAnnotation = {
  id: string;
  type: 'Annotation';
  motivation: 'assessing' | 'highlighting';
  body?: (TextualBody | LinkingBody)[];
  target: {
    source: string;
    selector: (TextQuoteSelector | TextPositionSelector)[];
    state?: { type: 'TimeState'; sourceDate: string; cached?: string };
  };
  creator: Agent;
  created: string;
  modified: string;
};

export type AnnotationCollection = {
  '@context': typeof ANNOTATION_CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  total: number;
  generator: { id: string; type: 'Software'; name: 'Factdesk' };
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
};

export type AnnotationCollectionOptions = { siteUrl: string };

export function renderAnnotationCollection(report: ReviewReport, { siteUrl }: AnnotationCollectionOptions): AnnotationCollection {
  const id = `${articlePermalink(siteUrl, report.article.id)}/annotations`;
  const items = reportClaims(report).map((claim) => annotation(report, claim, siteUrl));
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: `Claims in “${report.article.title}”`,
    total: items.length,
    generator: { id: siteUrl, type: 'Software', name: 'Factdesk' },
    // One page: an article's claims are few enough, and readers need not follow `next` links.
    first: { id: `${id}?page=1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function annotation(report: ReviewReport, claim: ReportClaim, siteUrl: string): WebAnnotation {
  const { article } = report;
  const permalink = articlePermalink(siteUrl, article.id);
  const body = [...textualBodies(claim), ...claim.evidence.map(linkingBody)];
  const quote: TextQuoteSelector = { type: 'TextQuoteSelector', exact: claim.exact, prefix: claim.prefix, suffix: claim.suffix };
  // An orphaned claim's stored position no longer points at its words: only the quote is given.
  const position: TextPositionSelector[] =
    claim.anchorState === 'anchored' ? [{ type: 'TextPositionSelector', start: claim.start, end: claim.end }] : [];
  return {
    id: claimPermalink(siteUrl, article.id, claim.id),
    type: 'Annotation',
    motivation: claim.verdict ? 'assessing' : 'highlighting',
    ...(body.length > 0 ? { body } : {}),
    target: {
      source: article.sourceUrl ?? permalink,
      selector: [quote, ...position],
      state: { type: 'TimeState', sourceDate: article.importedAt, ...(article.sourceUrl ? { cached: permalink } : {}) },
    },
    creator: claim.createdBy ? { type: 'Person', name: claim.createdBy } : { type: 'Organization', name: report.workspace.name },
    created: claim.createdAt,
    modified: claim.updatedAt,
  };
}

function textualBodies(claim: ReportClaim): TextualBody[] {
  const bodies: TextualBody[] = [];
  if (claim.statement.trim()) bodies.push(textualBody('describing', claim.statement.trim()));
  if (claim.verdict) {
    const explanation = claim.explanation.trim();
    bodies.push(textualBody('assessing', explanation ? `${claim.verdict.label}\n\n${explanation}` : claim.verdict.label));
  }
  return bodies;
}

function textualBody(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

function linkingBody(item: ReportEvidence): LinkingBody {
  const title = item.title.trim();
  return {
    type: 'SpecificResource',
    purpose: 'linking',
    source: title ? { id: item.url, label: title } : item.url,
    ...(item.passage.trim() ? { selector: { type: 'TextQuoteSelector' as const, exact: item.passage.trim() } } : {}),
    ...(item.accessedAt ? { state: { type: 'TimeState' as const, sourceDate: item.accessedAt } } : {}),
  };
}
