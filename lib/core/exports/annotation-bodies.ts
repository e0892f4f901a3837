// What an imported annotation's bodies say, by purpose: `describing` is the claim's statement,
// `assessing` the verdict (label on the first line, explanation after, as we write it), a web
// resource is evidence. Anything else (comments, tags, a second statement, a link that is not
// http) becomes a note, so the importer sees it instead of losing it.

import { isStorableDate, toWellFormed } from '@/lib/validations/common';
import type { RawBody } from './annotation-import-schema';

export type ImportedEvidence = { url: string; title?: string; passage?: string; accessedAt?: string };

export type ReadBodies = {
  statement?: string;
  verdictLabel?: string;
  explanation?: string;
  evidence: ImportedEvidence[];
  notes: string[];
};

export function readBodies(bodies: readonly RawBody[]): ReadBodies {
  const read: ReadBodies = { evidence: [], notes: [] };
  for (const body of bodies) {
    const purposes = body.purpose ?? [];
    if (typeof body.value === 'string') {
      const value = body.value.trim();
      if (value === '') continue;
      if (purposes.includes('describing') && read.statement === undefined) read.statement = value;
      else if (purposes.includes('assessing') && read.verdictLabel === undefined) Object.assign(read, splitAssessment(value));
      else read.notes.push(purposes.includes('tagging') ? `Tag: ${value}` : value);
      continue;
    }
    const source = body.source;
    const url = (typeof source === 'object' ? source.id : undefined) ?? body.id;
    if (!url) continue;
    if (!isWebAddress(url)) {
      read.notes.push(`Link: ${url}`);
      continue;
    }
    const title = typeof source === 'object' ? (source.label ?? source.title ?? source.name)?.trim() : undefined;
    const passage = quotedPassage(body.selector);
    const accessedAt = sourceDate(body.state);
    read.evidence.push({ url, ...(title ? { title } : {}), ...(passage ? { passage } : {}), ...(accessedAt ? { accessedAt } : {}) });
  }
  return read;
}

/** "Mostly false\n\nThe figures show…" → label and explanation. */
function splitAssessment(value: string): { verdictLabel: string; explanation?: string } {
  const lineBreak = value.indexOf('\n');
  if (lineBreak < 0) return { verdictLabel: value };
  const explanation = value.slice(lineBreak + 1).trim();
  return { verdictLabel: value.slice(0, lineBreak).trim(), ...(explanation ? { explanation } : {}) };
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

function quotedPassage(selector: unknown): string | undefined {
  const selectors = Array.isArray(selector) ? selector : [selector];
  const quote = selectors.find((s) => isRecord(s) && s.type === 'TextQuoteSelector' && typeof s.exact === 'string');
  // The selector is one of the loose fields the schema lets through unread: repaired here.
  return isRecord(quote) && typeof quote.exact === 'string' ? toWellFormed(quote.exact).trim() || undefined : undefined;
}

function sourceDate(state: unknown): string | undefined {
  const states = Array.isArray(state) ? state : [state];
  const time = states.find((s) => isRecord(s) && s.type === 'TimeState' && typeof s.sourceDate === 'string');
  const date = isRecord(time) && typeof time.sourceDate === 'string' ? time.sourceDate : undefined;
  return date && !Number.isNaN(Date.parse(date)) && isStorableDate(new Date(date)) ? date : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
