import 'server-only';
import { locatePassage } from '@/lib/core/archive/locate-passage';
import { db } from '@/lib/server/db/client';
import { fetchSnapshot } from './fetch-snapshot';

export type CheckState = 'ok' | 'changed' | 'gone';

/**
 * Fetch an archived source again and say what became of it: gone (an HTTP error, a name that no
 * longer resolves, no connection, no answer in time), changed (the passage found in the archived
 * copy is no longer in the live page), or ok. The archived copy itself never changes.
 */
export async function recheckArchive(evidence: { evidenceId: string; url: string; passage: string }): Promise<CheckState | 'not archived'> {
  const archive = await db.evidenceArchive.findFirst({
    where: { evidenceId: evidence.evidenceId, url: evidence.url, state: 'archived' },
    select: { passageState: true, snapshot: { select: { contentHash: true } } },
  });
  if (!archive) return 'not archived';
  const { state, detail } = await compare(evidence, archive.passageState, archive.snapshot?.contentHash ?? null);
  await db.evidenceArchive.updateMany({
    where: { evidenceId: evidence.evidenceId, url: evidence.url },
    data: { checkState: state, checkDetail: detail, checkedAt: new Date() },
  });
  return state;
}

async function compare(
  evidence: { url: string; passage: string },
  passageState: string | null,
  archivedHash: string | null,
): Promise<{ state: CheckState; detail: string }> {
  const live = await fetchSnapshot(evidence.url);
  if (!live.ok) return { state: 'gone', detail: live.message };
  if (live.contentHash === archivedHash) return { state: 'ok', detail: 'The page is byte for byte the archived copy.' };
  if (passageState !== 'found') return { state: 'ok', detail: 'The page changed; no passage was found in the archived copy to compare.' };
  return locatePassage(live.document.text, evidence.passage).state === 'found'
    ? { state: 'ok', detail: 'The page changed, but the passage is still in it.' }
    : { state: 'changed', detail: 'The passage found in the archived copy is no longer in the live page.' };
}
