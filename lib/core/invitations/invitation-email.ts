// The email that carries an invitation link, when the server has a mail relay (SMTP) configured.
// Plain text first (many newsroom mail clients show only that), and a small HTML part with the
// same words. Everything a member typed (names) is escaped; the link is the only link in it.
import { escapeHtml } from '@/lib/core/document/escape-html';
import { roleLabels, type RoleName } from '@/lib/core/permissions/permissions';

export type InvitationEmailInput = {
  workspaceName: string;
  inviterName: string;
  role: RoleName;
  url: string;
  expiresAt: Date;
};

export type EmailContent = { subject: string; text: string; html: string };

const roleDuties: Record<RoleName, string> = {
  admin: 'manage members and settings, and do everything else',
  editor: 'approve and publish verdicts',
  checker: 'import articles, mark claims, research them and propose verdicts',
  viewer: 'read the reviews',
};

/** Header fields must stay one line: a name with a line break could otherwise add headers. */
function oneLine(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
}

function expiryText(date: Date): string {
  return date.toLocaleString('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}

export function invitationEmail(input: InvitationEmailInput): EmailContent {
  const workspace = oneLine(input.workspaceName);
  const inviter = oneLine(input.inviterName);
  const role = roleLabels[input.role];
  const expires = expiryText(input.expiresAt);
  const subject = `${inviter} invited you to “${workspace}” on Factdesk`;
  const intro = `${inviter} invited you to join the fact-checking workspace “${workspace}” on Factdesk as ${role.toLowerCase()}: you will be able to ${roleDuties[input.role]}.`;
  const text = [
    intro,
    '',
    'Accept the invitation (sign in or create an account on the way):',
    input.url,
    '',
    `The link works once and expires on ${expires}. If you did not expect this email, ignore it: nothing happens unless the link is opened and accepted.`,
  ].join('\n');
  const html = [
    '<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#1c1917">',
    `<p>${escapeHtml(intro)}</p>`,
    `<p><a href="${escapeHtml(input.url)}">Accept the invitation</a> (sign in or create an account on the way).</p>`,
    `<p style="font-size:0.9em;color:#57534e">The link works once and expires on ${escapeHtml(expires)}. If you did not expect this email, ignore it: nothing happens unless the link is opened and accepted.</p>`,
    '</body></html>',
  ].join('');
  return { subject, text, html };
}
