import { z } from 'zod';
import 'zod-openapi';

// PostgreSQL cannot store U+0000 in text: a value with it would fail in the database (a 500),
// so it is refused here with the other validation messages.
export const hasNoNul = (value: string) => !value.includes('\u0000');
export const NUL_MESSAGE = 'Remove the NUL character (U+0000)';

// A lone surrogate (half of a UTF-16 pair, e.g. JSON's "\ud800") is not a character: PostgreSQL
// refuses it in a jsonb value (a 500 on the history row) and it has no code point to count. It
// becomes U+FFFD, as a browser would show it and as the importers already do.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const toWellFormed = (value: string) => value.replace(LONE_SURROGATE, '\uFFFD');

/** The start of every free-text input: a string with lone surrogates replaced by U+FFFD. */
export const textInput = (message?: string) => z.string(message).overwrite(toWellFormed);

// Date.parse also reads years PostgreSQL cannot store ("0000-01-01", "-001000-01-01",
// "+275760-09-13"): it has no year 0 and takes no sign, and a year past 9999 it does store cannot
// be read back as an ISO string. Such a date is refused like one that is not a date.
export const STORABLE_YEAR_MESSAGE = 'Enter a year between 1 and 9999';
export function isStorableDate(date: Date): boolean {
  const year = date.getUTCFullYear();
  return year >= 1 && year <= 9999;
}

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id');

/** An absolute http(s) URL: the only schemes a newsroom source or evidence link may use. */
export const httpUrlSchema = textInput()
  .trim()
  .max(2048, 'The link is too long (2,048 characters at most)')
  .refine(hasNoNul, NUL_MESSAGE)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0;
    } catch {
      return false;
    }
  }, 'Enter a full link starting with http:// or https://')
  .meta({ format: 'uri', example: 'https://www.example.org/news/story' });

/** An ISO 8601 date or date-time; stored as a timestamp. */
export const dateInputSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const time = Date.parse(value);
    if (Number.isNaN(time)) ctx.addIssue({ code: 'custom', message: 'Enter a date like 2017-12-28 or 2017-12-28T10:00:00Z' });
    else if (!isStorableDate(new Date(time))) ctx.addIssue({ code: 'custom', message: STORABLE_YEAR_MESSAGE });
  })
  .transform((value) => new Date(value))
  .meta({ type: 'string', format: 'date-time', example: '2017-12-28T10:00:00Z' });

export const optionalText = (max: number, label: string) =>
  textInput()
    .trim()
    .max(max, `${label} is too long (${max.toLocaleString('en')} characters at most)`)
    .refine(hasNoNul, NUL_MESSAGE);

export const isoDateTime = z.string().meta({ format: 'date-time' });

const DAY_MS = 24 * 60 * 60 * 1000;

/** When a secret link or token stops working: a future date within `maxDays`; null or absent: never. */
export const futureExpirySchema = (maxDays: number, tooFar: string, description: string) =>
  z
    .string()
    .trim()
    .refine((value) => !Number.isNaN(Date.parse(value)), 'Enter a date like 2027-01-31 or 2027-01-31T12:00:00Z')
    .transform((value) => new Date(value))
    .refine((date) => date.getTime() > Date.now(), 'The expiry must be in the future')
    .refine((date) => date.getTime() <= Date.now() + maxDays * DAY_MS, tooFar)
    .nullable()
    .optional()
    .meta({ type: 'string', format: 'date-time', description });
