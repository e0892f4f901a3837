import 'server-only';
import { APIError } from 'better-auth/api';
import { db } from '@/lib/server/db/client';
import { verifyPassword } from './password';
import { confirmSignUpEmail, existingAccountEmail } from '@/lib/core/auth/sign-up-email';
import { mailConfigured, sendMail } from '@/lib/server/mail/send-mail';
import { siteOrigin } from '@/lib/server/site-origin';
import { countInWindow } from './attempt-counter';

// With a mail relay, sign-up must not tell who has an account (decision 018). better-auth then
// answers a sign-up for a taken address exactly as one for a new address (200, no session, a
// user shape with a made-up id), after hashing the password all the same so the time matches.
// The new address gets a link that confirms it and signs in; the taken one a note to its owner.
// Without a relay nobody could confirm an address, so sign-up signs in at once and says when an
// address is taken (README, "What sign-up reveals").

const CONFIRM_LINK_SECONDS = 24 * 60 * 60;
// Sign-up emails to one address, an hour: the form has no other limit (better-auth's rate limit
// covers only its HTTP route), and a stranger could otherwise fill someone's mailbox. Past it the
// answer is unchanged and nothing is sent.
const EMAILS_PER_ADDRESS_HOUR = 3;

async function sendSignUpMail(email: string, content: Parameters<typeof sendMail>[1]): Promise<void> {
  const sent = await countInWindow(`sign-up-mail|${email.trim().toLowerCase()}`, 60 * 60);
  if (sent <= EMAILS_PER_ADDRESS_HOUR) await sendMail(email, content);
}

/** better-auth's emailAndPassword and emailVerification options for this server. */
export function signUpMailOptions() {
  if (!mailConfigured()) return { emailAndPassword: { autoSignIn: true }, emailVerification: undefined };
  return {
    emailAndPassword: {
      autoSignIn: false,
      requireEmailVerification: true,
      onExistingUserSignUp: async ({ user }: { user: { email: string } }) => {
        await sendSignUpMail(user.email, existingAccountEmail(`${siteOrigin()}/sign-in`));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      // A sign-in with an unconfirmed address is refused like a wrong password (below), and sends
      // nothing: a stranger could otherwise fill someone's mailbox.
      sendOnSignIn: false,
      autoSignInAfterVerification: true,
      expiresIn: CONFIRM_LINK_SECONDS,
      sendVerificationEmail: async ({ user, url }: { user: { email: string }; url: string }) => {
        await sendSignUpMail(user.email, confirmSignUpEmail(url));
      },
    },
  };
}

function passwordOf(body: unknown): string {
  const password = typeof body === 'object' && body !== null && 'password' in body ? body.password : undefined;
  return typeof password === 'string' ? password : '';
}

/**
 * With a relay, sign-in to an address nobody confirmed is answered exactly like a wrong password
 * (better-auth would say 403 "Email not verified" to the right one): a stranger who signed up
 * with someone's address could otherwise learn, by signing in, whether it was new. The stored
 * hash is checked all the same, so the time matches too. Called before better-auth's sign-in.
 */
export async function refuseUnconfirmedSignIn(email: string, body: unknown): Promise<void> {
  if (!mailConfigured()) return;
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { emailVerified: true, accounts: { where: { providerId: 'credential' }, select: { password: true }, take: 1 } },
  });
  if (!user || user.emailVerified) return;
  const hash = user.accounts[0]?.password;
  if (hash) await verifyPassword({ hash, password: passwordOf(body) });
  throw new APIError('UNAUTHORIZED', { message: 'Invalid email or password', code: 'INVALID_EMAIL_OR_PASSWORD' });
}
