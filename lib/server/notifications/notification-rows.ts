import 'server-only';
import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import type { NotificationKindValue } from '@/lib/validations/notification';
import { excerpt } from '@/lib/core/notifications/notification-kinds';

type Tx = Prisma.TransactionClient;

export type NotificationPayload = { excerpt: string; comment?: string };

/** One event that tells some people something: the kind, whom, about what. */
export type NotificationEvent = {
  kind: NotificationKindValue;
  /** Candidates; the actor and repeats are left out here, once for every event. */
  recipients: readonly (string | null | undefined)[];
  claimId?: string | null;
  articleId?: string | null;
  excerpt: string;
  comment?: string;
};

export type NotificationRow = {
  id: string;
  workspaceId: string;
  recipientId: string;
  kind: NotificationKindValue;
  claimId: string | null;
  articleId: string | null;
  actorId: string;
  actorName: string;
  payload: NotificationPayload;
};

type ActingMember = Pick<Actor, 'userId' | 'userName' | 'workspaceId'>;

/**
 * The rows an event writes: one per recipient, never the actor (your own actions never notify
 * you). The payload keeps only short excerpts: the notification points at the claim, it is not a
 * copy of it.
 */
export function notificationRows(actor: ActingMember, events: readonly NotificationEvent[]): NotificationRow[] {
  const rows: NotificationRow[] = [];
  for (const event of events) {
    const recipients = new Set(event.recipients.filter((id): id is string => Boolean(id) && id !== actor.userId));
    const payload: NotificationPayload = { excerpt: excerpt(event.excerpt) };
    if (event.comment !== undefined) payload.comment = excerpt(event.comment, 280);
    for (const recipientId of recipients) {
      rows.push({
        id: randomUUID(),
        workspaceId: actor.workspaceId,
        recipientId,
        kind: event.kind,
        claimId: event.claimId ?? null,
        articleId: event.articleId ?? null,
        actorId: actor.userId,
        actorName: actor.userName,
        payload,
      });
    }
  }
  return rows;
}

/** People mentioned in a comment on a claim. */
export function mentionEvent(mentions: readonly string[], about: Omit<NotificationEvent, 'kind' | 'recipients'>): NotificationEvent {
  return { kind: 'mentioned', recipients: mentions, ...about };
}

/** Writes an event's notifications inside the transaction of the event itself. */
export async function recordNotifications(tx: Tx, actor: ActingMember, events: readonly NotificationEvent[]): Promise<void> {
  const data = notificationRows(actor, events);
  if (data.length) await tx.notification.createMany({ data });
}

/** The members who review verdicts in a workspace (editors and admins): "a verdict awaits review". */
export async function reviewerIds(tx: Tx, workspaceId: string): Promise<string[]> {
  const rows = await tx.membership.findMany({ where: { workspaceId, role: { in: ['editor', 'admin'] } }, select: { userId: true } });
  return rows.map((row) => row.userId);
}

/**
 * "An article you reviewed changed at its source": whoever proposed or approved one of its
 * verdicts that is published now, told when check-for-changes stores a new version.
 */
export async function recordArticleChanged(tx: Tx, actor: ActingMember, article: { id: string; title: string }): Promise<void> {
  const reviewed = await tx.claim.findMany({
    where: { articleId: article.id, workspaceId: actor.workspaceId, status: 'published', deletedAt: null },
    select: { proposedById: true, approvedById: true },
  });
  const recipients = reviewed.flatMap((claim) => [claim.proposedById, claim.approvedById]);
  await recordNotifications(tx, actor, [{ kind: 'article_changed', recipients, articleId: article.id, excerpt: article.title }]);
}
