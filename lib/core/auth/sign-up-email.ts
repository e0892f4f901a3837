// The two emails a sign-up sends when the server has a mail relay: a link that finishes creating a
// new account, or, for an address that already has one, a note to its owner. The page answers the
// same in both cases ("check your email"), so only the owner of the address learns which it was.
import { escapeHtml } from '@/lib/core/document/escape-html';
import type { EmailContent } from '@/lib/core/invitations/invitation-email';

function page(paragraphs: string[]): string {
  return [
    '<!doctype html><html><body style="font-family:Georgia,serif;line-height:1.5;color:#1c1917">',
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</body></html>',
  ].join('');
}

/** To a new address: the link confirms it and signs its owner in. */
export function confirmSignUpEmail(url: string): EmailContent {
  const intro = 'Someone, probably you, created a Factdesk account with this email address.';
  const ignore = 'The link expires in 24 hours. If it was not you, ignore this email: the account stays unusable without it.';
  return {
    subject: 'Confirm your email to finish creating your Factdesk account',
    text: [intro, '', 'Confirm your address and sign in:', url, '', ignore].join('\n'),
    html: page([escapeHtml(intro), `<a href="${escapeHtml(url)}">Confirm your address and sign in</a>`, escapeHtml(ignore)]),
  };
}

/** To an address that already has an account: nothing was created or changed. */
export function existingAccountEmail(signInUrl: string): EmailContent {
  const intro = 'Someone tried to create a Factdesk account with this email address, which already has one. Nothing was created or changed.';
  const advice = 'If it was you, sign in with your password instead. If it was not you, you need do nothing: your account and password are as they were.';
  return {
    subject: 'Someone tried to sign up to Factdesk with your address',
    text: [intro, '', advice, '', `Sign in: ${signInUrl}`].join('\n'),
    html: page([escapeHtml(intro), escapeHtml(advice), `<a href="${escapeHtml(signInUrl)}">Sign in</a>`]),
  };
}
