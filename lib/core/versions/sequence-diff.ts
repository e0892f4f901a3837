// A longest-common-subsequence diff over any sequence (paragraphs, words). Common prefix and suffix
// are trimmed first, so a story where one paragraph changed costs almost nothing; the quadratic
// table is only built for the middle that differs, and refused past MAX_CELLS (the caller then
// shows that middle as removed + added, which is still true, only less fine-grained).

export type DiffOp<T> = { kind: 'same'; before: T; after: T } | { kind: 'removed'; before: T } | { kind: 'added'; after: T };

/** Above this many table cells (middle of a × middle of b) the diff stops looking for common items. */
export const MAX_CELLS = 4_000_000;

export function diffSequences<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean = Object.is): DiffOp<T>[] {
  let head = 0;
  while (head < a.length && head < b.length && equal(a[head] as T, b[head] as T)) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && equal(a[a.length - 1 - tail] as T, b[b.length - 1 - tail] as T)) tail++;

  const ops: DiffOp<T>[] = [];
  for (let i = 0; i < head; i++) ops.push({ kind: 'same', before: a[i] as T, after: b[i] as T });
  ops.push(...diffMiddle(a.slice(head, a.length - tail), b.slice(head, b.length - tail), equal));
  for (let i = tail; i > 0; i--) ops.push({ kind: 'same', before: a[a.length - i] as T, after: b[b.length - i] as T });
  return ops;
}

function diffMiddle<T>(a: readonly T[], b: readonly T[], equal: (x: T, y: T) => boolean): DiffOp<T>[] {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    return [...a.map((before): DiffOp<T> => ({ kind: 'removed', before })), ...b.map((after): DiffOp<T> => ({ kind: 'added', after }))];
  }
  // lengths[i][j] = LCS length of a[i..] and b[j..], in one flat array.
  const width = m + 1;
  const lengths = new Uint32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * width + j] = equal(a[i] as T, b[j] as T)
        ? (lengths[(i + 1) * width + j + 1] as number) + 1
        : Math.max(lengths[(i + 1) * width + j] as number, lengths[i * width + j + 1] as number);
    }
  }
  const ops: DiffOp<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (equal(a[i] as T, b[j] as T)) {
      ops.push({ kind: 'same', before: a[i] as T, after: b[j] as T });
      i++;
      j++;
    } else if ((lengths[(i + 1) * width + j] as number) >= (lengths[i * width + j + 1] as number)) {
      ops.push({ kind: 'removed', before: a[i++] as T });
    } else {
      ops.push({ kind: 'added', after: b[j++] as T });
    }
  }
  while (i < n) ops.push({ kind: 'removed', before: a[i++] as T });
  while (j < m) ops.push({ kind: 'added', after: b[j++] as T });
  return ops;
}
