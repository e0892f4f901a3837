import { z } from 'zod';
import 'zod-openapi';
import { isoDateTime } from './common';
import { nextCursorSchema } from './pagination';

// The desk list of sources whose live page changed or went away since they were archived
// (docs/decisions/038-archived-evidence.md).

export const changedSourceSchema = z
  .object({
    evidence: z.object({ id: z.string(), title: z.string(), url: z.string() }),
    check: z.object({
      state: z.enum(['changed', 'gone']).meta({ description: 'changed: the passage is no longer in the live page; gone: 4xx/5xx, DNS or connection failure' }),
      detail: z.string(),
      checkedAt: isoDateTime,
    }),
    archivedAt: isoDateTime.nullable().meta({ description: 'When the archived copy was fetched' }),
    claim: z.object({
      id: z.string(),
      text: z.string().meta({ description: 'The claim’s statement, or its exact words when it has none' }),
      status: z.enum(['to_check', 'researching', 'needs_review', 'published', 'dismissed']),
    }),
    article: z.object({ id: z.string(), title: z.string() }),
  })
  .meta({ id: 'ChangedSource' });
export type ChangedSourceDto = z.infer<typeof changedSourceSchema>;

export const changedSourcePageSchema = z
  .object({ sources: z.array(changedSourceSchema), nextCursor: nextCursorSchema })
  .meta({ id: 'ChangedSourcePage' });
