import 'server-only';
import { notificationPath } from '@/lib/core/notifications/notification-kinds';
import type { NotificationEmailLinks } from '@/lib/core/notifications/notification-email';
import { unsubscribeToken, type UnsubscribeScope } from './unsubscribe-token';

/** The links of a notification email, absolute on the configured public origin. */
export function emailLinks(origin: string, userId: string, scope: UnsubscribeScope): NotificationEmailLinks & { oneClickUrl: string } {
  const token = encodeURIComponent(unsubscribeToken(userId, scope));
  return {
    settingsUrl: `${origin}/settings/notifications`,
    unsubscribeUrl: `${origin}/unsubscribe?token=${token}`,
    oneClickUrl: `${origin}/api/unsubscribe?token=${token}`,
  };
}

/** The claim (or article, or members page), by way of its workspace: the reader may be working in another. */
export function itemUrl(origin: string, target: { workspaceId: string; claimId: string | null; articleId: string | null }): string {
  const query = new URLSearchParams({ workspace: target.workspaceId, to: notificationPath(target) });
  return `${origin}/notifications/open?${query}`;
}

/** RFC 2369 and RFC 8058: mail programs show an "Unsubscribe" button that POSTs here. */
export function unsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
