// What each kind of notification is called, what it says in the inbox, where it leads, and
// how it is emailed unless the member chose otherwise (decision 033). Pure: the inbox, the
// settings page and the email jobs read one table.
import type { NotificationDeliveryValue, NotificationKindValue } from '@/lib/validations/notification';

/** Work waiting on the member goes out at once; news about work already done waits for the digest. */
export const defaultDelivery: Record<NotificationKindValue, NotificationDeliveryValue> = {
  mentioned: 'digest',
  assigned: 'immediate',
  review_requested: 'immediate',
  proposal_approved: 'digest',
  proposal_sent_back: 'immediate',
  verdict_corrected: 'digest',
  article_changed: 'digest',
  invitation_accepted: 'digest',
};

/** The settings page's label of each kind ("Email me when …"). */
export const kindLabels: Record<NotificationKindValue, string> = {
  mentioned: 'Someone mentions you in a comment',
  assigned: 'A claim is assigned to you',
  review_requested: 'A verdict awaits review (editors and admins)',
  proposal_approved: 'Your proposed verdict is approved',
  proposal_sent_back: 'Your proposed verdict is sent back',
  verdict_corrected: 'A verdict you worked on is corrected',
  article_changed: 'An article you reviewed changed at its source',
  invitation_accepted: 'Someone accepts your invitation',
};

export const deliveryLabels: Record<NotificationDeliveryValue, string> = {
  immediate: 'At once',
  digest: 'Daily digest',
  off: 'Off',
};

export type NotificationText = { kind: NotificationKindValue; actorName: string; excerpt: string };

/** One line in the inbox and in emails: who did what. */
export function notificationHeadline({ kind, actorName, excerpt }: NotificationText): string {
  const who = actorName.trim() || 'Someone';
  switch (kind) {
    case 'mentioned':
      return `${who} mentioned you on a claim`;
    case 'assigned':
      return `${who} assigned a claim to you`;
    case 'review_requested':
      return `${who} proposed a verdict for review`;
    case 'proposal_approved':
      return `${who} approved and published your verdict`;
    case 'proposal_sent_back':
      return `${who} sent your verdict back`;
    case 'verdict_corrected':
      return `${who} corrected a verdict you worked on`;
    case 'article_changed':
      return `An article you reviewed changed at its source: ${excerpt}`;
    case 'invitation_accepted':
      return `${excerpt || who} accepted your invitation and joined`;
  }
}

export type NotificationTarget = { claimId: string | null; articleId: string | null };

/** The page a notification opens: the exact claim, else the article, else the members page. */
export function notificationPath({ claimId, articleId }: NotificationTarget): string {
  if (articleId && claimId) return `/articles/${articleId}?claim=${claimId}`;
  if (articleId) return `/articles/${articleId}`;
  return '/settings/members';
}

/** A short excerpt for the inbox and emails: whole words, one line, an ellipsis when cut. */
export function excerpt(text: string, max = 140): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if ([...line].length <= max) return line;
  const cut = [...line].slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
