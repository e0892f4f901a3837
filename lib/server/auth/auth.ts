import 'server-only';
import { betterAuth } from 'better-auth';
import { prismaAdapter } from 'better-auth/adapters/prisma';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { nextCookies } from 'better-auth/next-js';
import { db } from '@/lib/server/db/client';
import { getEnv } from '@/lib/env';
import { hashPassword, verifyPassword } from './password';
import { clearSignInFailures, recordSignInFailure, signInWaitMs } from './sign-in-throttle';
import { createFirstWorkspace } from '@/lib/server/workspaces/create-first-workspace';


function emailOf(body: unknown): string | null {
  if (typeof body !== 'object' || body === null || !('email' in body)) return null;
  const email = (body as { email: unknown }).email;
  return typeof email === 'string' ? email : null;
}

function createAuth() {
  const env = getEnv();
  return betterAuth({
  baseURL: env.FACTDESK_URL ?? env.BETTER_AUTH_URL,
  secret: env.BETTER_AUTH_SECRET,
  trustedOrigins: env.FACTDESK_TRUSTED_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean),
  telemetry: { enabled: false },
  // Transactions on: sign-up writes the user and the password account together or not at all.
  database: prismaAdapter(db, { provider: 'postgresql', transaction: true }),
  emailAndPassword: {
    enabled: true,
    minPasswordLength: 10,
    maxPasswordLength: 256,
    autoSignIn: true,
    password: { hash: hashPassword, verify: verifyPassword },
  },
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
      // Behind a proxy that sets the client address, name its header in FACTDESK_CLIENT_IP_HEADER.
      // Without one, X-Forwarded-For is read as the client sent it, so the per-address limit only
      // stops naive clients; the per-account slow-down in the hooks below is what holds.
      ipAddressHeaders: env.FACTDESK_CLIENT_IP_HEADER ? [env.FACTDESK_CLIENT_IP_HEADER] : ['x-forwarded-for'],
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
      const waitMs = await signInWaitMs(email);
      if (waitMs > 0) {
        const seconds = Math.ceil(waitMs / 1000);
        throw new APIError('TOO_MANY_REQUESTS', {
          message: `Too many failed sign-ins. Try again in ${seconds} seconds.`,
          code: 'TOO_MANY_FAILED_SIGN_INS',
        });
      }
    }),
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== '/sign-in/email') return;
      const email = emailOf(ctx.body);
      if (!email) return;
      const returned = ctx.context.returned;
      if (returned instanceof APIError) {
        if (returned.statusCode === 401) await recordSignInFailure(email);
      } else {
        await clearSignInFailures(email);
      }
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
