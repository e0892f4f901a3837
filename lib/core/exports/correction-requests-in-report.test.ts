import { describe, expect, test } from 'vitest';
import { renderJson, reviewReportJsonSchema } from './json';
import { renderMarkdown } from './markdown';
import type { ReviewReport } from './report-model';
import { pressTvReport } from './testing/sample-reports';

const asked = {
  recipientKind: 'publisher' as const,
  recipientName: 'Press TV',
  channel: 'email' as const,
  sentAt: '2026-11-20T09:00:00.000Z',
  outcome: 'corrected' as const,
  respondedAt: '2026-11-24T09:00:00.000Z',
  correctionUrl: 'https://presstv.example/corrections/troops',
};

function withRequest(): ReviewReport {
  const report = pressTvReport();
  return { ...report, claims: report.claims.map((c) => ({ ...c, correctionRequests: [asked] })) };
}

describe('correction requests in the review report', () => {
  test('the Markdown report says whom the desk asked, how, when, the outcome and links the correction', () => {
    const markdown = renderMarkdown(withRequest());
    expect(markdown).toContain('#### Correction requests');
    expect(markdown).toContain('asked the publisher (Press TV) by email. Outcome: Corrected (');
    expect(markdown).toContain('https://presstv.example/corrections/troops');
  });

  test('the JSON export carries them in its documented shape', () => {
    const json = reviewReportJsonSchema.parse(JSON.parse(renderJson(withRequest())));
    const claim = json.claims.find((c) => c.correctionRequests.length > 0);
    expect(claim?.correctionRequests).toEqual([asked]);
  });

  test('a report without requests has no such section', () => {
    expect(renderMarkdown(pressTvReport())).not.toContain('Correction requests');
  });
});
