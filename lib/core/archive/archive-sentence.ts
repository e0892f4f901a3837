// How a source's archived copy is told, in one sentence, wherever it is (claim panel, public
// verdict page, review report): "Passage found in the copy archived on 4 Dec 2026, 10:44 UTC."
// The date comes formatted by the caller, in its own way.

export type ArchiveNote = { archivedAt: string; passage: 'found' | 'not_found' | 'no_passage' | null };

export function archiveSentence(passage: ArchiveNote['passage'], when: string): string {
  if (passage === 'found') return `Passage found in the copy archived on ${when}.`;
  if (passage === 'not_found') return `Passage not found in the copy archived on ${when}.`;
  return `Archived on ${when}.`;
}
