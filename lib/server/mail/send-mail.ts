import 'server-only';
import nodemailer, { type Transporter } from 'nodemailer';
import { getEnv } from '@/lib/env';
import { configuredOrigin } from '@/lib/server/site-origin';
import type { EmailContent } from '@/lib/core/invitations/invitation-email';

// Email through the relay the server is configured with (FACTDESK_SMTP_URL): invitations,
// notifications.
// Mail is optional: without a relay nothing is sent and the caller says so. A failure is
// reported to the admin in words, never as a crash, and never with the relay's URL (it may
// hold a password).

export type MailDelivery =
  | { status: 'sent' }
  | { status: 'not_configured' }
  | { status: 'failed'; reason: string; temporary: boolean };

let cached: { url: string; transporter: Transporter } | undefined;

/**
 * A relay, and a configured public address for the links in the emails: without FACTDESK_URL
 * (or BETTER_AUTH_URL) links would take their host from the request, which its sender chooses.
 */
export function mailConfigured(): boolean {
  return Boolean(getEnv().FACTDESK_SMTP_URL && configuredOrigin());
}

function transporter(url: string): Transporter {
  if (cached?.url !== url) {
    // A slow or silent relay must not hold an admin's click for long.
    cached = { url, transporter: nodemailer.createTransport({ url, connectionTimeout: 8_000, greetingTimeout: 8_000, socketTimeout: 15_000 }) };
  }
  return cached.transporter;
}

function defaultSender(): string {
  const origin = configuredOrigin();
  return `Factdesk <factdesk@${origin ? new URL(origin).hostname : 'localhost'}>`;
}

type Failure = { code?: string; responseCode?: number };

/** Worth another try later: the relay was out of reach or said "not now" (4xx). */
function isTemporary({ code, responseCode }: Failure): boolean {
  if (code === 'ECONNECTION' || code === 'ETIMEDOUT' || code === 'ESOCKET' || code === 'EDNS') return true;
  return responseCode !== undefined && responseCode >= 400 && responseCode < 500;
}

/** What went wrong, for the admin: the kind of failure, not the relay's address or secrets. */
function reasonFor({ code, responseCode }: Failure): string {
  if (code === 'EAUTH') return 'The mail server refused Factdesk’s sign-in: check the user and password in FACTDESK_SMTP_URL.';
  if (code === 'ECONNECTION' || code === 'ETIMEDOUT' || code === 'ESOCKET' || code === 'EDNS') {
    return 'The mail server could not be reached.';
  }
  if (code === 'EENVELOPE' || (responseCode !== undefined && responseCode >= 500)) {
    return `The mail server refused the message${responseCode ? ` (${responseCode})` : ''}: check the address.`;
  }
  if (responseCode !== undefined && responseCode >= 400) return `The mail server could not take the message now (${responseCode}); try again later.`;
  return 'The email could not be sent.';
}

/** `headers`: extra header fields, e.g. List-Unsubscribe of notification emails. */
export async function sendMail(to: string, content: EmailContent, headers?: Record<string, string>): Promise<MailDelivery> {
  const env = getEnv();
  const relay = env.FACTDESK_SMTP_URL;
  if (!relay || !mailConfigured()) return { status: 'not_configured' };
  try {
    await transporter(relay).sendMail({
      from: env.FACTDESK_MAIL_FROM ?? defaultSender(),
      to,
      subject: content.subject,
      text: content.text,
      html: content.html,
      headers,
    });
    return { status: 'sent' };
  } catch (error) {
    const failure = (error ?? {}) as Failure;
    // The code only: the error's own message can quote the relay's address.
    console.warn(`Factdesk: an email could not be sent (${failure.code ?? 'unknown'}${failure.responseCode ? ` ${failure.responseCode}` : ''}).`);
    return { status: 'failed', reason: reasonFor(failure), temporary: isTemporary(failure) };
  }
}
