export type RevealedItem = { kind: 'evidence' | 'comment'; id: string };

/** The item a link names (`?evidence=` or `?comment=`, beside `?claim=`), if any. */
export function revealedItemOf(params: { evidence?: unknown; comment?: unknown }): RevealedItem | null {
  if (typeof params.evidence === 'string' && params.evidence) return { kind: 'evidence', id: params.evidence };
  if (typeof params.comment === 'string' && params.comment) return { kind: 'comment', id: params.comment };
  return null;
}
