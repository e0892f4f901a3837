import { describe, expect, it } from 'vitest';
import { claimsViewQuerySchema, searchParamsRecord } from '@/lib/validations/claims-view';
import { CSV_BOM } from '@/lib/core/exports/csv';
import { filtersToQueryString, hasFilters, rangeBounds, sortedBy, sortOf, spanStart } from './query-string';
import { claimsCsvHeader, claimsCsvRecords } from './claims-csv';

const parse = (query: string) => claimsViewQuerySchema.safeParse(searchParamsRecord(new URLSearchParams(query)));

describe('the claims view query', () => {
  it('reads lists from repeated keys and commas, blank fields as absent, into one canonical string', () => {
    const parsed = parse('status=published&status=to_check,published&verdict=false&claimant=&assignee=me&markedWithin=7d&sort=verdict&dir=desc');
    expect(parsed.success).toBe(true);
    const filters = parsed.data!;
    expect(filters.status).toEqual(['published', 'to_check']);
    expect(filters.claimant).toBeUndefined();
    expect(filtersToQueryString(filters)).toBe('status=published%2Cto_check&verdict=false&assignee=me&markedWithin=7d&sort=verdict&dir=desc');
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(parse('sort=status').data!)).toBe(false);
  });

  it.each([
    ['an unknown status', 'status=finished'],
    ['an unknown sort', 'sort=evil'],
    ['a date that is not one', 'markedFrom=yesterday'],
    ['year 0', 'publishedTo=0000-01-01'],
    ['a span without a unit', 'markedWithin=7'],
    ['an unknown key', 'offset=90000'],
    ['a limit past the cap', 'limit=100000'],
    ['two articles', 'article=a&article=b'],
    ['a cursor with odd characters', "cursor=x' OR 1=1"],
    ['a NUL', 'claimant=a%00b'],
  ])('refuses %s', (_name, query) => {
    expect(parse(query).success).toBe(false);
  });

  it('sorts newest marked first by default; a header flips its own column, dates start newest first', () => {
    const none = parse('').data!;
    expect(sortOf(none)).toEqual({ sort: 'marked', dir: 'desc' });
    expect(sortedBy(none, 'marked')).toBe('sort=marked&dir=asc');
    expect(sortedBy(none, 'claimant')).toBe('sort=claimant&dir=asc');
    expect(sortedBy(parse('sort=claimant&dir=asc').data!, 'claimant')).toBe('sort=claimant&dir=desc');
    expect(sortedBy(none, 'published')).toBe('sort=published&dir=desc');
  });

  it('reads a day range in UTC, `to` taking the whole day, and spans back from now', () => {
    expect(rangeBounds('2026-12-01', '2026-12-03')).toEqual({ from: new Date('2026-12-01T00:00:00Z'), before: new Date('2026-12-04T00:00:00Z') });
    expect(rangeBounds(undefined, '2026-12-03T10:00:00Z')).toEqual({ upTo: new Date('2026-12-03T10:00:00Z') });
    const now = new Date('2026-12-04T12:00:00Z');
    expect(spanStart('7d', now)).toEqual(new Date('2026-11-27T12:00:00Z'));
    expect(spanStart('24h', now)).toEqual(new Date('2026-12-03T12:00:00Z'));
    expect(spanStart('2w', now)).toEqual(new Date('2026-11-20T12:00:00Z'));
  });
});

describe('the claims CSV', () => {
  it('neutralises formulas and quotes what needs quoting', () => {
    const item = {
      id: 'c1', articleId: 'a1', articleTitle: '+Title, with comma', outlet: null, statement: '=HYPERLINK("http://evil")', exact: 'said "so"',
      claimant: '@handle', status: 'published' as const, verdict: { key: 'false', label: 'False', value: 0 }, assignee: null,
      markedAt: '2026-12-04T10:00:00.000Z', publishedAt: null, correctedAt: null, updatedAt: '2026-12-04T10:00:00.000Z', href: '/articles/a1?claim=c1',
    };
    expect(CSV_BOM).toBe('\uFEFF');
    expect(claimsCsvHeader()).toMatch(/^Claim ID,Statement,Quote,Claimant,Status,Verdict,/);
    const record = claimsCsvRecords([item]);
    expect(record).toBe(`c1,"'=HYPERLINK(""http://evil"")","said ""so""",'@handle,Published,False,,"'+Title, with comma",,2026-12-04T10:00:00.000Z,,,2026-12-04T10:00:00.000Z,/articles/a1?claim=c1\r\n`);
  });
});
