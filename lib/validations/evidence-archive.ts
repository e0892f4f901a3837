import { z } from 'zod';
import { isoDateTime } from './common';

export const evidenceArchiveSchema = z
  .object({
    evidenceId: z.string(),
    url: z.string().meta({ description: 'The link archived (the evidence’s link when the job ran)' }),
    state: z
      .enum(['none', 'pending', 'archived', 'failed'])
      .meta({ description: 'none: added before archiving existed; pending: the job is queued or retrying; failed: see error' }),
    error: z.string().nullable().meta({ description: 'Why the last attempt failed, in words' }),
    archivedAt: isoDateTime.nullable(),
    httpStatus: z.int().nullable(),
    finalUrl: z.string().nullable().meta({ description: 'Where the page was served from, after redirects' }),
    contentType: z.string().nullable(),
    byteSize: z.int().nullable().meta({ description: 'Bytes of the raw body' }),
    sha256: z.string().nullable().meta({ description: 'SHA-256 (hex) of the raw body' }),
    passage: z
      .enum(['found', 'not_found', 'no_passage'])
      .nullable()
      .meta({ description: 'Whether the evidence’s passage occurs in the archived text' }),
    check: z
      .object({
        state: z.enum(['ok', 'changed', 'gone']).meta({ description: 'changed: the passage is no longer in the live page; gone: 4xx/5xx, DNS or connection failure' }),
        detail: z.string(),
        checkedAt: isoDateTime,
      })
      .nullable()
      .meta({ description: 'The last re-check of the live page, if one ran since archiving' }),
    screenshot: z
      .object({
        state: z.enum(['taken', 'skipped', 'failed']).meta({ description: 'skipped: Chromium is not installed on the server' }),
        error: z.string().nullable(),
      })
      .nullable()
      .meta({ description: 'The full-page screenshot of the archived copy (GET …/archive/screenshot), when the workspace makes them' }),
    wayback: z
      .object({
        state: z.enum(['pending', 'saved', 'queued', 'failed']).meta({ description: 'queued: the Wayback Machine accepted the link but named no copy yet (its status is asked again with growing waits, eight times); failed: not saved, the reason in error' }),
        url: z.string().nullable().meta({ description: 'The Wayback Machine’s copy (https://web.archive.org/web/<timestamp>/<link>)' }),
        error: z.string().nullable(),
        at: isoDateTime.nullable(),
      })
      .nullable()
      .meta({ description: 'The submission to the Wayback Machine’s Save Page Now, when the workspace asks for it' }),
  })
  .meta({ id: 'EvidenceArchive' });
export type EvidenceArchiveDto = z.infer<typeof evidenceArchiveSchema>;
