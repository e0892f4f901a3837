import 'server-only';
import { db, type Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import type { PageQuery } from '@/lib/validations/pagination';
import type { NotificationDto, NotificationKindValue, NotificationPageDto } from '@/lib/validations/notification';
import { afterCursor, pageOrder, toPage } from '@/lib/server/pagination/keyset';
import { visibleNotifications } from './visible-notifications';

const notificationSelect = {
  id: true,
  kind: true,
  claimId: true,
  articleId: true,
  article: { select: { deletedAt: true } },
  actorName: true,
  payload: true,
  createdAt: true,
  readAt: true,
} satisfies Prisma.NotificationSelect;

type Row = Prisma.NotificationGetPayload<{ select: typeof notificationSelect }>;

function toDto(row: Row): NotificationDto {
  const payload = (row.payload ?? {}) as { excerpt?: unknown; comment?: unknown };
  return {
    id: row.id,
    kind: row.kind as NotificationKindValue,
    claimId: row.claimId,
    articleId: row.articleId,
    articleDeleted: row.article?.deletedAt != null,
    actorName: row.actorName,
    excerpt: typeof payload.excerpt === 'string' ? payload.excerpt : '',
    comment: typeof payload.comment === 'string' ? payload.comment : null,
    createdAt: row.createdAt.toISOString(),
    readAt: row.readAt?.toISOString() ?? null,
  };
}

/** The acting member's inbox, newest first, a page at a time (keyset on createdAt, id). */
export async function listNotifications(actor: Actor, query: PageQuery): Promise<NotificationPageDto> {
  const rows = await db.notification.findMany({
    where: { AND: [visibleNotifications(actor), afterCursor('createdAt', 'desc', query.cursor)] },
    ...pageOrder('createdAt', 'desc', query),
    select: notificationSelect,
  });
  const page = toPage(rows, query, (row) => row.createdAt);
  return { notifications: page.items.map(toDto), nextCursor: page.nextCursor };
}
