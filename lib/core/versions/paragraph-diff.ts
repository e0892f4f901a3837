// What changed between two versions of a story, paragraph by paragraph, for an editor to read.
// Paragraphs are matched whole (LCS); a run of removed paragraphs followed by added ones is read
// as those paragraphs being rewritten, paired in order, and each pair gets a word diff so the
// editor sees which words changed instead of two near-identical paragraphs.

import { diffSequences } from './sequence-diff';

export type WordPiece = { kind: 'same' | 'removed' | 'added'; text: string };

export type ParagraphChange =
  | { kind: 'same'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'changed'; before: string; after: string; pieces: WordPiece[] };

export type ParagraphDiffSummary = { same: number; added: number; removed: number; changed: number };

/** A rewritten paragraph shares at least this share of its words with the old one; below, it is a removal plus an addition. */
export const MIN_SHARED_WORDS = 0.3;

export function diffParagraphs(before: readonly string[], after: readonly string[]): ParagraphChange[] {
  const ops = diffSequences(before, after);
  const changes: ParagraphChange[] = [];
  for (let k = 0; k < ops.length; ) {
    const op = ops[k] as (typeof ops)[number];
    if (op.kind === 'same') {
      changes.push({ kind: 'same', text: op.after });
      k++;
      continue;
    }
    const removed: string[] = [];
    const added: string[] = [];
    while (k < ops.length && (ops[k] as (typeof ops)[number]).kind !== 'same') {
      const o = ops[k++] as (typeof ops)[number];
      if (o.kind === 'removed') removed.push(o.before);
      else if (o.kind === 'added') added.push(o.after);
    }
    changes.push(...pairRewrites(removed, added));
  }
  return changes;
}

export function summarizeDiff(changes: readonly ParagraphChange[]): ParagraphDiffSummary {
  const summary: ParagraphDiffSummary = { same: 0, added: 0, removed: 0, changed: 0 };
  for (const change of changes) summary[change.kind]++;
  return summary;
}

function pairRewrites(removed: string[], added: string[]): ParagraphChange[] {
  const changes: ParagraphChange[] = [];
  const pairs = Math.min(removed.length, added.length);
  for (let i = 0; i < pairs; i++) {
    const before = removed[i] as string;
    const after = added[i] as string;
    const pieces = diffWords(before, after);
    if (sharedShare(pieces, before, after) >= MIN_SHARED_WORDS) changes.push({ kind: 'changed', before, after, pieces });
    else changes.push({ kind: 'removed', text: before }, { kind: 'added', text: after });
  }
  for (const text of removed.slice(pairs)) changes.push({ kind: 'removed', text });
  for (const text of added.slice(pairs)) changes.push({ kind: 'added', text });
  return changes;
}

/** Words and the spaces after them stay together, so joining the pieces gives the text back. */
function tokens(text: string): string[] {
  return text.match(/\S+\s*|\s+/gu) ?? [];
}

export function diffWords(before: string, after: string): WordPiece[] {
  const ops = diffSequences(tokens(before), tokens(after), (x, y) => x.trimEnd() === y.trimEnd());
  const pieces: WordPiece[] = [];
  for (const op of ops) {
    const piece: WordPiece = op.kind === 'removed' ? { kind: 'removed', text: op.before } : { kind: op.kind, text: op.after };
    const last = pieces[pieces.length - 1];
    if (last && last.kind === piece.kind) last.text += piece.text;
    else pieces.push(piece);
  }
  return pieces;
}

function sharedShare(pieces: WordPiece[], before: string, after: string): number {
  const shared = pieces.filter((p) => p.kind === 'same').reduce((n, p) => n + p.text.length, 0);
  return shared / Math.max(before.length, after.length, 1);
}
