// The zod schemas an imported annotation is validated with. Objects are loose (other tools add
// fields of their own), values the W3C model allows in two forms (one or many, an IRI or an
// object) are accepted in both, and each annotation is reduced to what an import needs. Every
// text read is a textInput(): lone surrogates become U+FFFD (PostgreSQL refuses them in jsonb).

import { z } from 'zod';
import { isStorableDate, STORABLE_YEAR_MESSAGE, textInput } from '@/lib/validations/common';

/** A bound on the work one import can cause (each annotation may need a fuzzy search). */
export const MAX_IMPORTED_ANNOTATIONS = 5000;
/** As for a claim created through the API (lib/validations/claim.ts). */
const MAX_QUOTE_LENGTH = 5000;
/** Context beyond this adds nothing to anchoring; other tools may store whole paragraphs. */
const MAX_CONTEXT_CODE_POINTS = 64;

// The model allows one value or a list, an IRI or an object, in many places. They are brought to
// one form before validation rather than matched by unions, so an error names the exact field.
const oneOrMany = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (Array.isArray(value) ? value : [value]), z.array(schema));
const iriOrObject = <T extends z.ZodType>(key: string, schema: T) =>
  z.preprocess((value) => (typeof value === 'string' ? { [key]: value } : value), schema);

const quoteSelectorSchema = z.looseObject({
  exact: textInput('The quote (exact) must be text').min(1, 'The quote (exact) is empty').max(MAX_QUOTE_LENGTH, `The quote is longer than ${MAX_QUOTE_LENGTH} characters`),
  prefix: textInput('prefix must be text').optional(),
  suffix: textInput('suffix must be text').optional(),
});

const positionSelectorSchema = z
  .looseObject({
    start: z.number('start must be a number').int('start must be a whole number').min(0, 'start must not be negative'),
    end: z.number('end must be a number').int('end must be a whole number'),
  })
  .refine((s) => s.end > s.start, { message: 'end must be greater than start', path: ['end'] });

export type ParsedSelector =
  | { kind: 'quote'; exact: string; prefix: string; suffix: string }
  | { kind: 'position'; start: number; end: number }
  | { kind: 'other' };

const selectorSchema = z.looseObject({ type: z.string('A selector needs a type') }).transform((value, ctx): ParsedSelector => {
  const schema = value.type === 'TextQuoteSelector' ? quoteSelectorSchema : value.type === 'TextPositionSelector' ? positionSelectorSchema : null;
  // RangeSelector (XPath), CssSelector, FragmentSelector…: positions in a DOM we do not have.
  if (!schema) return { kind: 'other' };
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) ctx.addIssue({ code: 'custom', message: `${value.type}: ${issue.message}`, path: issue.path });
    return z.NEVER;
  }
  const data = parsed.data as Record<string, unknown>;
  if (value.type === 'TextPositionSelector') return { kind: 'position', start: data.start as number, end: data.end as number };
  return {
    kind: 'quote',
    exact: data.exact as string,
    prefix: lastCodePoints((data.prefix as string | undefined) ?? '', MAX_CONTEXT_CODE_POINTS),
    suffix: firstCodePoints((data.suffix as string | undefined) ?? '', MAX_CONTEXT_CODE_POINTS),
  };
});

export type ParsedTarget = {
  quote?: { exact: string; prefix: string; suffix: string };
  position?: { start: number; end: number };
};

const targetSchema = iriOrObject('source', z.looseObject({ selector: oneOrMany(selectorSchema).optional() }, 'A target must be an address or an object'))
  .transform((target): ParsedTarget => {
    const selectors = target.selector ?? [];
    const quote = selectors.find((s) => s.kind === 'quote');
    const position = selectors.find((s) => s.kind === 'position');
    return {
      ...(quote ? { quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix } } : {}),
      ...(position ? { position: { start: position.start, end: position.end } } : {}),
    };
  });

const stringOrMany = oneOrMany(textInput());

const resourceSchema = iriOrObject(
  'id',
  z.looseObject({ id: textInput().optional(), label: textInput().optional(), title: textInput().optional(), name: textInput().optional() }, 'A source must be an address or an object'),
);

// A TimeState's sourceDate becomes the evidence's accessed date. One that is not a date at all is
// left out (tools write all sorts), but a year the database cannot store is an error to report.
const stateSchema = z.unknown().superRefine((state, ctx) => {
  const states = Array.isArray(state) ? state : [state];
  states.forEach((item, index) => {
    if (typeof item !== 'object' || item === null || (item as { type?: unknown }).type !== 'TimeState') return;
    const date = (item as { sourceDate?: unknown }).sourceDate;
    if (typeof date !== 'string' || Number.isNaN(Date.parse(date)) || isStorableDate(new Date(date))) return;
    ctx.addIssue({ code: 'custom', message: STORABLE_YEAR_MESSAGE, path: Array.isArray(state) ? [index, 'sourceDate'] : ['sourceDate'] });
  });
});

export const bodySchema = iriOrObject(
  'id',
  z.looseObject(
    {
      type: stringOrMany.optional(),
      purpose: stringOrMany.optional(),
      value: textInput('A body value must be text').optional(),
      id: textInput().optional(),
      source: resourceSchema.optional(),
      selector: z.unknown().optional(),
      state: stateSchema.optional(),
    },
    'A body must be an address or an object',
  ),
);
export type RawBody = z.output<typeof bodySchema>;

export const annotationSchema = z
  .looseObject(
    {
      target: oneOrMany(targetSchema).optional(),
      body: oneOrMany(bodySchema).optional(),
      // Hypothesis keeps the annotation's note here rather than in a body.
      text: textInput().optional(),
    },
    'Each annotation must be an object',
  )
  .transform((a) => ({ targets: a.target ?? [], bodies: a.body ?? [], text: a.text }));
export type ParsedAnnotation = z.output<typeof annotationSchema>;

function lastCodePoints(text: string, count: number): string {
  const points = [...text];
  return points.slice(Math.max(0, points.length - count)).join('');
}

function firstCodePoints(text: string, count: number): string {
  return [...text].slice(0, count).join('');
}
