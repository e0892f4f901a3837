import { z } from 'zod';
import { isoDateTime } from './common';

export const jobIdSchema = z.uuid({ message: 'Not a valid job id' });

export const jobSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(['invitation-email', 'webhook-delivery', 'evidence-archive']),
    label: z.string().meta({ description: 'What the job does, in words' }),
    subject: z.string().nullable().meta({ description: 'What it is about (the invited address), when it says' }),
    state: z
      .enum(['created', 'retry', 'active', 'completed', 'cancelled', 'failed'])
      .meta({ description: 'failed: out of attempts (the dead-letter state): an admin may retry it' }),
    attempts: z.int().meta({ description: 'Attempts that failed so far' }),
    maxAttempts: z.int(),
    createdAt: isoDateTime,
    finishedAt: isoDateTime.nullable(),
    nextAttemptAt: isoDateTime.nullable().meta({ description: 'When a waiting or retrying job runs next' }),
    failure: z.string().nullable().meta({ description: 'Why the last attempt failed' }),
  })
  .meta({ id: 'Job' });
export type JobDto = z.infer<typeof jobSchema>;
