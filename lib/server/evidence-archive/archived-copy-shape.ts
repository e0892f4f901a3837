import 'server-only';
import { blocksSchema, type Block } from '@/lib/core/document/types';
import type { Prisma } from '@/lib/server/db/client';

/** The archive columns and snapshot columns a view of an archived copy reads. */
export const copyArchiveSelect = { archivedAt: true, passageState: true, passageStart: true, passageEnd: true, waybackState: true, waybackUrl: true } as const;
export const copySnapshotSelect = { text: true, blocks: true, finalUrl: true, httpStatus: true, contentHash: true } as const;

type ArchiveRow = Prisma.EvidenceArchiveGetPayload<{ select: typeof copyArchiveSelect }>;
type SnapshotRow = Prisma.EvidenceSnapshotGetPayload<{ select: typeof copySnapshotSelect }>;

/** An archived copy as its views (members' reader, public page) show it. */
export interface ArchivedCopyText {
  /** ISO 8601: when this source's copy was fetched. */
  archivedAt: string | null;
  finalUrl: string;
  httpStatus: number;
  contentHash: string;
  text: string;
  /** As stored: offsets in code points. */
  blocks: Block[];
  /** The passage's place in `text`, in code points, when it was found. */
  passage: { start: number; end: number } | null;
  /** The Wayback Machine's copy of the link, when the workspace sent it there and it was saved. */
  waybackUrl: string | null;
}

export function toArchivedCopyText(archive: ArchiveRow, snapshot: SnapshotRow): ArchivedCopyText {
  const { passageState, passageStart, passageEnd } = archive;
  return {
    archivedAt: archive.archivedAt?.toISOString() ?? null,
    finalUrl: snapshot.finalUrl,
    httpStatus: snapshot.httpStatus,
    contentHash: snapshot.contentHash,
    text: snapshot.text,
    blocks: blocksSchema.parse(snapshot.blocks),
    passage: passageState === 'found' && passageStart !== null && passageEnd !== null ? { start: passageStart, end: passageEnd } : null,
    waybackUrl: archive.waybackState === 'saved' ? archive.waybackUrl : null,
  };
}
