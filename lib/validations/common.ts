import { z } from 'zod';
import 'zod-openapi';

// PostgreSQL cannot store U+0000 in text: a value with it would fail in the database (a 500),
// so it is refused here with the other validation messages.
const hasNoNul = (value: string) => !value.includes('\u0000');
const NUL_MESSAGE = 'Remove the NUL character (U+0000)';

export const idSchema = z.string().min(1).max(64).regex(/^[A-Za-z0-9_-]+$/, 'Not a valid id');

/** An absolute http(s) URL: the only schemes a newsroom source or evidence link may use. */
export const httpUrlSchema = z
  .string()
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
  .refine((value) => !Number.isNaN(Date.parse(value)), 'Enter a date like 2017-12-28 or 2017-12-28T10:00:00Z')
  .transform((value) => new Date(value))
  .meta({ type: 'string', format: 'date-time', example: '2017-12-28T10:00:00Z' });

export const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `${label} is too long (${max.toLocaleString('en')} characters at most)`).refine(hasNoNul, NUL_MESSAGE);

export const isoDateTime = z.string().meta({ format: 'date-time' });
