import { describe, expect, it } from 'vitest';
import { invitationEmail } from './invitation-email';

const base = {
  workspaceName: 'Metro Desk',
  inviterName: 'Ana Editor',
  role: 'checker' as const,
  url: 'https://factdesk.example/invite/abc_DEF-123',
  expiresAt: new Date('2026-12-02T10:30:00Z'),
};

describe('the invitation email', () => {
  it('says who invites whom to what, with the role, the link and when it expires', () => {
    const mail = invitationEmail(base);
    expect(mail.subject).toBe('Ana Editor invited you to “Metro Desk” on Factdesk');
    expect(mail.text).toContain('join the fact-checking workspace “Metro Desk” on Factdesk as checker');
    expect(mail.text).toContain('propose verdicts');
    expect(mail.text).toContain('\nhttps://factdesk.example/invite/abc_DEF-123\n');
    expect(mail.text).toContain('expires on 2 December 2026 at 10:30 UTC');
    expect(mail.html).toContain('<a href="https://factdesk.example/invite/abc_DEF-123">Accept the invitation</a>');
  });

  it('escapes names in the HTML part, so a workspace name cannot inject markup or links', () => {
    const mail = invitationEmail({ ...base, workspaceName: '<a href="https://evil.example">Desk</a>', inviterName: 'O\'Brien & <b>Co</b>' });
    expect(mail.html).not.toContain('<a href="https://evil.example">');
    expect(mail.html).toContain('&lt;a href=&quot;https://evil.example&quot;&gt;Desk&lt;/a&gt;');
    expect(mail.html).toContain('O&#39;Brien &amp; &lt;b&gt;Co&lt;/b&gt;');
    expect(mail.html.match(/<a /g)).toHaveLength(1);
  });

  it('keeps the subject on one line whatever the names hold', () => {
    const mail = invitationEmail({ ...base, inviterName: 'Ana\r\nBcc: everyone@example.test', workspaceName: 'Metro\n\nDesk' });
    expect(mail.subject).toBe('Ana Bcc: everyone@example.test invited you to “Metro Desk” on Factdesk');
    expect(mail.subject).not.toMatch(/[\r\n]/);
  });

  it('names each role’s duties', () => {
    expect(invitationEmail({ ...base, role: 'editor' }).text).toContain('as editor: you will be able to approve and publish verdicts');
    expect(invitationEmail({ ...base, role: 'viewer' }).text).toContain('as viewer: you will be able to read the reviews');
  });
});
