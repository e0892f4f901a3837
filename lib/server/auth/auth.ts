import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/server/db/client';
import { getEnv } from '@/lib/env';
import { hashPassword, verifyPassword } from './password';
import { refuseUnconfirmedSignIn, signUpMailOptions } from './sign-up-mail';
import { recordSignInSuccess, reserveSignInAttempt } from './sign-in-throttle';
import { CLIENT_ADDRESS_HEADER, clientAddress } from './client-address';
import { configuredOrigin, extraTrustedOrigins } from '@/lib/server/site-origin';
import { createFirstWorkspace } from '@/lib/server/workspaces/create-first-workspace';


function emailOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('email' in body)) return null;
  const email = (body as { email: unknown }).email;
  return typeof email === 'string' ? email : null;
}

function createAuth() {
  const env = getEnv();
  const signUp = signUpMailOptions();
  return betterAuth({
  baseURL: configuredOrigin() ?? undefined,
  secret: env.BETTER_AUTH_SECRET,
  trustedOrigins: extraTrustedOrigins(),
  telemetry: { enabled: false },
  // Transactions on: sign-up writes the user and the password account together or not at all.
  database: prismaAdapter(db, { provider: 'postgresql', transaction: true }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 10,
    maxPasswordLength: 256,
    password: { hash: hashPassword, verify: verifyPassword },
    ...signUp.emailAndPassword,
  },
  emailVerification: signUp.emailVerification,
  session: {
    expiresIn: 60 * 60 * 24 * 14,
    updateAge: 60 * 60 * 24,
  },
  rateLimit: {
    enabled: true,
    // Shared by every app instance on the same database.
    storage: 'database',
    window: 60,
    max: 100,
    customRules: {
      '/sign-in/email': { window: 60, max: 10 },
      '/sign-up/email': { window: 60, max: 5 },
    },
  },
  advanced: {
    ipAddress: {
      // The per-address rate limit uses the throttle's rule (client-address.ts): the auth route
      // and actions put the address it resolves in this header, and drop any the client sent.
      ipAddressHeaders: [CLIENT_ADDRESS_HEADER],
    },
  },
  databaseHooks: {
    user: {
      create: {
        after: async (user) => {
          await createFirstWorkspace({ userId: user.id, userName: user.name });
        },
      },
    },
  },
  hooks: {
    before: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email') return;
      const email = emailOf(ctx.body);
      if (!email) return;
      // Counted before the password is checked, whatever the outcome (sign-in-throttle.ts).
      const decision = await reserveSignInAttempt(email, clientAddress(ctx.headers ?? new Headers()));
      if (!decision.allowed) {
        throw new APIError('TOO_MANY_REQUESTS', {
          message: `Too many failed sign-ins. Try again in ${decision.retryAfterSeconds} seconds.`,
          code: 'TOO_MANY_FAILED_SIGN_INS',
        });
      }
      await refuseUnconfirmedSignIn(email, ctx.body);
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email') return;
      const email = emailOf(ctx.body);
      if (!email) return;
      if (ctx.context.returned instanceof APIError) return;
      await recordSignInSuccess(email, clientAddress(ctx.headers ?? new Headers()));
    }),
  },
  plugins: [nextCookies()],
});
}

type Auth = ReturnType<typeof createAuth>;
let instance: Auth | undefined;

/** better-auth, configured on first use (the build imports routes without any configuration). */
export function getAuth(): Auth {
  instance ??= createAuth();
  return instance;
}
