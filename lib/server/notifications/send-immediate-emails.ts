import 'server-only';
import { db } from '@/lib/server/db/client';
import { mayEmailNotification } from '@/lib/core/notifications/notification-email-quota';
import { notificationEmail } from '@/lib/core/notifications/notification-email';
import { sendMail } from '@/lib/server/mail/send-mail';
import type { NotificationKindValue } from '@/lib/validations/notification';
import { dueFor, takenColumns, type TakenNotification } from './due-notifications';
import { emailLinks, itemUrl, unsubscribeHeaders } from './email-links';

const BATCH = 50;

async function sentSince(hours: number, recipientId?: string): Promise<number> {
  const since = new Date(Date.now() - hours * 3_600_000);
  return db.notification.count({ where: { emailStatus: 'sent', emailedAt: { gt: since }, ...(recipientId ? { recipientId } : {}) } });
}

const record = (id: string, emailStatus: string | null) =>
  db.notification.update({ where: { id }, data: { emailStatus, ...(emailStatus === null ? { emailedAt: null } : {}) } });

/**
 * Emails the notifications whose recipients want them at once: takes up to a batch no other job
 * has taken (FOR UPDATE SKIP LOCKED, so instances share the work and never send one twice), then
 * sends each under the caps. A relay out of reach gives the rest back for the next run; only the
 * last day's notifications are emailed (older ones stay in the app).
 */
export async function sendImmediateEmails(origin: string): Promise<number> {
  const taken = await db.$queryRaw<TakenNotification[]>`
    UPDATE notification n SET "emailedAt" = now(), "emailStatus" = 'sending'
    WHERE n.id IN (
      SELECT n.id FROM notification n
      WHERE n."emailedAt" IS NULL AND n."createdAt" > now() - interval '1 day' AND ${dueFor('immediate')}
      ORDER BY n."createdAt" LIMIT ${BATCH}
      FOR UPDATE SKIP LOCKED)
    RETURNING ${takenColumns}`;
  let sent = 0;
  for (const [index, item] of taken.entries()) {
    const counts = { recipientLastHour: await sentSince(1, item.recipientId), recipientLastDay: await sentSince(24, item.recipientId), serverLastHour: await sentSince(1) };
    if (!mayEmailNotification(counts)) {
      await record(item.id, 'capped');
      continue;
    }
    const kind = item.kind as NotificationKindValue;
    const links = emailLinks(origin, item.recipientId, kind);
    const content = notificationEmail(
      item.workspaceName,
      { kind, actorName: item.actorName, excerpt: item.payload.excerpt ?? '', comment: item.payload.comment ?? null, url: itemUrl(origin, item) },
      links,
    );
    const delivery = await sendMail(item.email, content, unsubscribeHeaders(links.oneClickUrl));
    if (delivery.status === 'sent') {
      await record(item.id, 'sent');
      sent++;
    } else if (delivery.status === 'failed' && !delivery.temporary) {
      await record(item.id, 'failed');
    } else {
      // Out of reach (or no relay any more): this one and the rest wait for the next run.
      await db.notification.updateMany({
        where: { id: { in: taken.slice(index).map((t) => t.id) } },
        data: { emailedAt: null, emailStatus: null },
      });
      break;
    }
  }
  return sent;
}
