import 'server-only';
import { db } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { CorrectionRequestDto, CorrectionRequestEventDto } from '@/lib/validations/correction-request';
import type { PageQuery } from '@/lib/validations/pagination';
import { afterCursor, pageOrder, toPage, type Page } from '@/lib/server/pagination/keyset';
import { recorderNames, toCorrectionRequestDto } from './correction-request-shape';
import { findRequest } from './find-request';

/** One request (every member reads them, internal note included: it is the team's). */
export async function getCorrectionRequest(actor: Actor, requestId: string): Promise<CorrectionRequestDto> {
  requirePermission(actor, 'article.read');
  const row = await findRequest(actor, requestId);
  return toCorrectionRequestDto(row, await recorderNames(db, [row]));
}

/** One page of a request's history, newest first; the cursor leads to older events. */
export async function listCorrectionRequestHistory(actor: Actor, requestId: string, query: PageQuery): Promise<Page<CorrectionRequestEventDto>> {
  requirePermission(actor, 'article.read');
  await findRequest(actor, requestId);
  const rows = await db.correctionRequestEvent.findMany({
    where: { requestId, ...afterCursor('at', 'desc', query.cursor) },
    ...pageOrder('at', 'desc', query),
    select: { id: true, at: true, actorName: true, kind: true, field: true, fromValue: true, toValue: true },
  });
  const page = toPage(rows, query, (row) => row.at);
  return {
    items: page.items.map((e) => ({ id: e.id, at: e.at.toISOString(), actor: e.actorName, kind: e.kind, field: e.field, from: e.fromValue, to: e.toValue })),
    nextCursor: page.nextCursor,
  };
}
