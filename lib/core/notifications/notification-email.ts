// The emails of notifications: one at a time ("immediate") or the day's in one digest. Plain
// text first, a small HTML part with the same words; everything members typed is escaped and
// header fields stay one line. Each email links to what it is about, to the member's settings,
// and carries a link that turns this kind of email off without signing in.
import { escapeHtml } from '@/lib/core/document/escape-html';
import type { EmailContent } from '@/lib/core/invitations/invitation-email';
import type { NotificationKindValue } from '@/lib/validations/notification';
import { kindLabels, notificationHeadline } from './notification-kinds';

export type EmailedNotification = {
  kind: NotificationKindValue;
  actorName: string;
  excerpt: string;
  comment: string | null;
  /** The absolute link to the claim (or article, or members page). */
  url: string;
};

export type NotificationEmailLinks = {
  /** Settings → Notifications. */
  settingsUrl: string;
  /** Turns off the emails this one is one of (one kind, or the digest). */
  unsubscribeUrl: string;
};

function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

function itemText(item: EmailedNotification): string[] {
  const lines = [oneLine(notificationHeadline(item))];
  if (item.kind !== 'article_changed' && item.kind !== 'invitation_accepted' && item.excerpt) lines.push(`“${oneLine(item.excerpt)}”`);
  if (item.comment) lines.push(`Comment: ${oneLine(item.comment)}`);
  lines.push(item.url);
  return lines;
}

function itemHtml(item: EmailedNotification): string {
  const parts = [`<p style="margin:0 0 4px"><a href="${escapeHtml(item.url)}">${escapeHtml(notificationHeadline(item))}</a></p>`];
  if (item.kind !== 'article_changed' && item.kind !== 'invitation_accepted' && item.excerpt) parts.push(`<p style="margin:0 0 4px">“${escapeHtml(item.excerpt)}”</p>`);
  if (item.comment) parts.push(`<blockquote style="margin:0 0 4px;padding-left:8px;border-left:2px solid #d6d3d1">${escapeHtml(item.comment)}</blockquote>`);
  return `<div style="margin:0 0 16px">${parts.join('')}</div>`;
}

function footer(links: NotificationEmailLinks, what: string) {
  const text = [`Choose which emails you get: ${links.settingsUrl}`, `Stop ${what}: ${links.unsubscribeUrl}`];
  const html = `<p style="font-size:0.85em;color:#57534e"><a href="${escapeHtml(links.settingsUrl)}">Choose which emails you get</a> · <a href="${escapeHtml(links.unsubscribeUrl)}">Stop ${escapeHtml(what)}</a></p>`;
  return { text, html };
}

function wrap(bodyHtml: string): string {
  return `<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#1c1917">${bodyHtml}</body></html>`;
}

/** One notification, sent as it happens. */
export function notificationEmail(workspaceName: string, item: EmailedNotification, links: NotificationEmailLinks): EmailContent {
  const workspace = oneLine(workspaceName);
  const headline = oneLine(notificationHeadline(item));
  const what = `emails when: ${kindLabels[item.kind].toLowerCase()}`;
  const end = footer(links, what);
  return {
    subject: `${headline} (${workspace})`,
    text: [...itemText(item), '', `In “${workspace}” on Factdesk.`, '', ...end.text].join('\n'),
    html: wrap(`${itemHtml(item)}<p>In “${escapeHtml(workspace)}” on Factdesk.</p>${end.html}`),
  };
}

/** The day's notifications (of every workspace) that wait for the digest, in one email. */
export function digestEmail(items: readonly { workspaceName: string; item: EmailedNotification }[], links: NotificationEmailLinks): EmailContent {
  const count = items.length;
  const subject = `Factdesk: ${count} ${count === 1 ? 'notification' : 'notifications'} since yesterday`;
  const byWorkspace = new Map<string, EmailedNotification[]>();
  for (const { workspaceName, item } of items) byWorkspace.set(oneLine(workspaceName), [...(byWorkspace.get(oneLine(workspaceName)) ?? []), item]);
  const text: string[] = [];
  const html: string[] = [];
  for (const [workspace, list] of byWorkspace) {
    text.push(`In “${workspace}”:`, '');
    html.push(`<h2 style="font-size:1.1em">In “${escapeHtml(workspace)}”</h2>`);
    for (const item of list) {
      text.push(...itemText(item), '');
      html.push(itemHtml(item));
    }
  }
  const end = footer(links, 'the daily digest');
  return { subject, text: [...text, ...end.text].join('\n'), html: wrap(`${html.join('')}${end.html}`) };
}
