// The corrections log as an Atom feed (RFC 4287), so readers and monitoring tools follow a
// desk's corrections (decision 040). Pure: the route passes the page and the addresses.

export type AtomCorrection = {
  id: string;
  at: string;
  /** The corrected verdict's public page (decision 044): the entry's link. */
  url: string;
  statement: string;
  from: string | null;
  to: string | null;
  explanationCorrected: boolean;
  reason: string;
  articleTitle: string;
};

export type AtomFeedInput = {
  workspaceName: string;
  /** The feed's own address and the HTML log's. */
  selfUrl: string;
  htmlUrl: string;
  /** When there is no entry yet (the feed still needs an `updated`). */
  fallbackUpdated: string;
  corrections: AtomCorrection[];
};

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe in XML content and attributes; characters XML 1.0 forbids are dropped. */
export function escapeXml(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

export function correctionSummary(c: Pick<AtomCorrection, 'from' | 'to' | 'explanationCorrected' | 'reason'>): string {
  const parts: string[] = [];
  if (c.from !== null || c.to !== null) parts.push(`Verdict corrected from ${c.from ?? 'none'} to ${c.to ?? 'none'}.`);
  if (c.explanationCorrected) parts.push('Explanation corrected.');
  if (c.reason) parts.push(`Reason: ${c.reason}`);
  return parts.join(' ');
}

export function correctionsAtom(feed: AtomFeedInput): string {
  const updated = feed.corrections[0]?.at ?? feed.fallbackUpdated;
  const entries = feed.corrections.map(
    (c) => `  <entry>
    <id>${escapeXml(`${feed.htmlUrl}#correction-${c.id}`)}</id>
    <title>${escapeXml(`Correction: ${c.statement}`)}</title>
    <updated>${c.at}</updated>
    <link rel="alternate" type="text/html" href="${escapeXml(c.url)}"/>
    <summary type="text">${escapeXml(`${correctionSummary(c)} (${c.articleTitle})`)}</summary>
  </entry>`,
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(feed.selfUrl)}</id>`,
    `  <title>${escapeXml(`Corrections: ${feed.workspaceName}`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(feed.workspaceName)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.selfUrl)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.htmlUrl)}"/>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
