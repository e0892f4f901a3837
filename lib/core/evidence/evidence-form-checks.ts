// The evidence form's own checks, in plain TypeScript: the obvious mistakes (no link, a link
// without http(s), a field over its length) are shown beside their field before anything is sent.
// The API validates every input again with its zod schema (lib/validations/evidence.ts) and its
// answer is the authority; its messages are the same words. No zod here: it stays out of the
// article page's JavaScript (decision 043).
import type { AddEvidenceInput } from '@/lib/validations/evidence';

export type EvidenceFieldErrors = Partial<Record<keyof AddEvidenceInput, string[]>>;

const limits = { title: [500, 'The title'], publisher: [300, 'The publisher'], passage: [10_000, 'The passage'] } as const;

function linkError(value: string): string | null {
  const link = value.trim();
  if (link.length > 2048) return 'The link is too long (2,048 characters at most)';
  try {
    const url = new URL(link);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.length > 0) return null;
  } catch {
    // not a URL at all: the same message
  }
  return 'Enter a full link starting with http:// or https://';
}

/** Field errors of the form's values; empty when they may be sent. */
export function checkEvidenceForm(input: AddEvidenceInput): EvidenceFieldErrors {
  const errors: EvidenceFieldErrors = {};
  const link = linkError(input.url);
  if (link) errors.url = [link];
  for (const [field, [max, label]] of Object.entries(limits) as [keyof typeof limits, (typeof limits)[keyof typeof limits]][]) {
    if ((input[field] ?? '').trim().length > max) errors[field] = [`${label} is too long (${max.toLocaleString('en')} characters at most)`];
  }
  if (input.accessedAt && Number.isNaN(Date.parse(input.accessedAt))) errors.accessedAt = ['Enter a date like 2017-12-28 or 2017-12-28T10:00:00Z'];
  return errors;
}
