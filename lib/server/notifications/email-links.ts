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

export function itemUrl(origin: string, target: { claimId: string | null; articleId: string | null }): string {
  return `${origin}${notificationPath(target)}`;
}

/** RFC 2369 and RFC 8058: mail programs show an "Unsubscribe" button that POSTs here. */
export function unsubscribeHeaders(oneClickUrl: string): Record<string, string> {
  return { 'List-Unsubscribe': `<${oneClickUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}
