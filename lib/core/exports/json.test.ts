import { describe, expect, test } from 'vitest';
import { createDocument } from 'zod-openapi';
import { renderJson, reviewReportJsonSchema } from './json';
import type { ReviewReport } from './report-model';
import { arabicReport, pressTvReport } from './testing/sample-reports';

describe('the JSON export an integration reads', () => {
  test('says what it is, and matches its documented schema exactly (no field more, none less)', () => {
    for (const report of [pressTvReport(), arabicReport()]) {
      const json = JSON.parse(renderJson(report)) as unknown;
      const parsed = reviewReportJsonSchema.parse(json);
      expect(parsed.format).toBe('factdesk.review-report');
      expect(parsed.version).toBe(1);
      expect(parsed.article.text).toBe(report.article.text);
    }
  });

  test('carries everything a report shows: claims in document order with evidence, reviewers and corrections', () => {
    const json = reviewReportJsonSchema.parse(JSON.parse(renderJson(pressTvReport())));
    expect(json.claims.map((c) => c.id)).toEqual(['clm_stronghold', 'clm_resolution', 'clm_troops']);
    const troops = json.claims[2];
    expect(troops?.evidence).toHaveLength(2);
    expect(troops?.corrections[0]).toEqual({ at: '2026-12-01T08:00:00.000Z', by: 'Jonas Weber', field: 'verdict', from: 'Mostly true', to: 'True', reason: 'The transcript confirms the figure word for word.' });
    expect(json.summary.reviewers.map((r) => r.name)).toEqual(['Amal Haddad', 'Jonas Weber', 'Léa Martin']);
    expect(json.ratingScale).toHaveLength(8);
  });

  test('leaves internal notes out unless asked, and then includes them', () => {
    const report = pressTvReport();
    expect(renderJson(report)).not.toContain('internalNote');
    const withNotes = JSON.parse(renderJson({ ...report, options: { onlyPublished: true, includeInternal: true } })) as { claims: { evidence: { internalNote?: string }[] }[] };
    expect(withNotes.claims[2]?.evidence[0]?.internalNote).toBe('Transcript saved in the shared drive.');
  });

  test('key order is stable whatever order the data layer built the objects in', () => {
    const report = pressTvReport();
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversed(v)]))
          : value;
    expect(renderJson(reversed(report) as ReviewReport)).toBe(renderJson(report));
    expect(Object.keys(JSON.parse(renderJson(report)) as object)).toEqual([
      'format', 'version', 'generatedAt', 'options', 'workspace', 'article', 'ratingScale', 'summary', 'claims',
    ]);
  });

  test('can be documented in the OpenAPI document as the ReviewReport component', () => {
    const document = createDocument({
      openapi: '3.1.0',
      info: { title: 'test', version: '1' },
      paths: {
        '/report': { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: reviewReportJsonSchema } } } } } },
      },
    });
    const schemas = document.components?.schemas ?? {};
    expect(Object.keys(schemas)).toEqual(expect.arrayContaining(['ReviewReport', 'ReviewReportClaim', 'ReviewReportEvidence', 'Rating', 'Verdict']));
  });
});
