import { describe, expect, it } from 'vitest';
import { digestEmail, notificationEmail, type EmailedNotification } from './notification-email';
import { excerpt, notificationHeadline, notificationPath } from './notification-kinds';
import { mayEmailNotification, NOTIFICATION_EMAILS_PER_RECIPIENT_HOUR } from './notification-email-quota';

const links = { settingsUrl: 'https://desk.example/settings/notifications', unsubscribeUrl: 'https://desk.example/unsubscribe?token=t' };
const item: EmailedNotification = {
  kind: 'proposal_sent_back',
  actorName: 'Ana <b>Lima</b>\r\nBcc: victim@example.org',
  excerpt: 'About 2,000 US troops are in Syria',
  comment: 'Which source? <script>alert(1)</script>',
  url: 'https://desk.example/articles/a1?claim=c1',
};

describe('notificationEmail', () => {
  it('says who did what, quotes the claim and the comment, and links to the claim, the settings and unsubscribe', () => {
    const mail = notificationEmail('Metro Desk', item, links);
    expect(mail.text).toContain('sent your verdict back');
    expect(mail.text).toContain('“About 2,000 US troops are in Syria”');
    expect(mail.text).toContain('Comment: Which source?');
    for (const url of [item.url, links.settingsUrl, links.unsubscribeUrl]) expect(mail.text).toContain(url);
  });

  it('keeps the subject one line and escapes what members typed', () => {
    const mail = notificationEmail('Metro\nDesk', item, links);
    expect(mail.subject).not.toMatch(/[\r\n]/);
    expect(mail.html).not.toContain('<script>');
    expect(mail.html).not.toContain('<b>Lima</b>');
    expect(mail.html).toContain('&lt;script&gt;');
  });
});

describe('digestEmail', () => {
  it('gathers every notification by workspace, with a count in the subject', () => {
    const mail = digestEmail(
      [
        { workspaceName: 'Metro Desk', item: { ...item, kind: 'mentioned', comment: null } },
        { workspaceName: 'Metro Desk', item: { ...item, kind: 'proposal_approved', comment: null } },
        { workspaceName: 'Sports', item: { ...item, kind: 'article_changed', excerpt: 'Cup final', comment: null } },
      ],
      links,
    );
    expect(mail.subject).toBe('Factdesk: 3 notifications since yesterday');
    expect(mail.text.match(/In “/g)).toHaveLength(2);
    expect(mail.text).toContain('An article you reviewed changed at its source: Cup final');
    expect(mail.text).toContain('Stop the daily digest');
  });
});

describe('notification words and links', () => {
  it('opens the exact claim, else the article, else the members page', () => {
    expect(notificationPath({ claimId: 'c1', articleId: 'a1' })).toBe('/articles/a1?claim=c1');
    expect(notificationPath({ claimId: null, articleId: 'a1' })).toBe('/articles/a1');
    expect(notificationPath({ claimId: null, articleId: null })).toBe('/settings/members');
  });

  it('names someone when the actor has no name', () => {
    expect(notificationHeadline({ kind: 'assigned', actorName: ' ', excerpt: '' })).toBe('Someone assigned a claim to you');
  });

  it('cuts long excerpts at a word, counting code points', () => {
    expect(excerpt('short  text\n')).toBe('short text');
    const cut = excerpt(`${'word '.repeat(40)}🚢`, 20);
    expect(cut.endsWith('…')).toBe(true);
    expect([...cut].length).toBeLessThanOrEqual(21);
  });
});

describe('mayEmailNotification', () => {
  it('stops at the per-recipient and server caps', () => {
    expect(mayEmailNotification({ recipientLastHour: 0, recipientLastDay: 0, serverLastHour: 0 })).toBe(true);
    expect(mayEmailNotification({ recipientLastHour: NOTIFICATION_EMAILS_PER_RECIPIENT_HOUR, recipientLastDay: 0, serverLastHour: 0 })).toBe(false);
    expect(mayEmailNotification({ recipientLastHour: 0, recipientLastDay: 100, serverLastHour: 0 })).toBe(false);
    expect(mayEmailNotification({ recipientLastHour: 0, recipientLastDay: 0, serverLastHour: 1000 })).toBe(false);
  });
});
