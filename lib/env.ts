import 'server-only';
import { z } from 'zod';

// Configuration is validated once, at first use, with a readable message instead of a crash deep
// inside a request.
const envSchema = z.object({
  DATABASE_URL: z.string().url({ message: 'DATABASE_URL must be a postgresql:// URL' }),
  BETTER_AUTH_SECRET: z
    .string()
    .min(32, 'BETTER_AUTH_SECRET must be at least 32 characters (npm start generates one)')
    .optional(),
  FACTDESK_URL: z.string().url().optional(),
  BETTER_AUTH_URL: z.string().url().optional(),
  // Extra origins allowed to call the auth endpoints (comma-separated), e.g. a second instance.
  FACTDESK_TRUSTED_ORIGINS: z.string().optional(),
  // The header a trusted reverse proxy sets to the client address (e.g. x-real-ip).
  FACTDESK_CLIENT_IP_HEADER: z.string().optional(),
  // Or: how many proxies of ours append to X-Forwarded-For (nginx alone: 1; a CDN then nginx: 2).
  // The client address is the entry that many places from the right (lib/server/auth/client-address.ts).
  FACTDESK_TRUSTED_PROXY_HOPS: z.coerce
    .number()
    .int()
    .min(1, 'FACTDESK_TRUSTED_PROXY_HOPS must be a whole number of proxies, 1 or more')
    .max(10, 'FACTDESK_TRUSTED_PROXY_HOPS must be at most 10')
    .optional(),
  // A mail relay for invitation emails, e.g. smtps://user:password@smtp.example.org:465 (optional:
  // without it admins copy invitation links themselves). Never logged: it may hold a password.
  FACTDESK_SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\/[^\s]+$/, 'FACTDESK_SMTP_URL must be an smtp:// or smtps:// URL')
    .optional(),
  // The sender of those emails, e.g. "Metro Desk <factdesk@example.org>".
  FACTDESK_MAIL_FROM: z.string().min(3).optional(),
  // Database connections of one app instance (docs/deployment.md: instances × (pool + jobs pool)
  // must stay under PostgreSQL's max_connections, or use PgBouncer in transaction mode).
  FACTDESK_DB_POOL_SIZE: z.coerce.number().int().min(1).max(500).default(10),
  // How long a request waits for a free pooled connection before it is answered 503.
  FACTDESK_DB_ACQUIRE_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  // PostgreSQL's statement_timeout and lock_timeout for the app's connections: a frozen or
  // locked database answers an error instead of holding the request until the client gives up.
  FACTDESK_DB_STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  FACTDESK_DB_LOCK_TIMEOUT_MS: z.coerce.number().int().min(100).default(5_000),
  // Background jobs (lib/server/jobs): this instance works the queue unless set to "off" (then
  // run `npm run worker` somewhere). Its own small pool, on top of FACTDESK_DB_POOL_SIZE.
  FACTDESK_WORKER: z.enum(['on', 'off']).default('on'),
  FACTDESK_JOBS_POOL_SIZE: z.coerce.number().int().min(1).max(50).default(2),
  // First retry delay of a failed job, doubled (with jitter) at each attempt.
  FACTDESK_JOBS_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).default(30),
  // How often an idle worker asks the queue for work (pg-boss allows 0.5 s at the least).
  FACTDESK_JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  // Notification emails (decision 033): how often the mail job looks for notifications to send,
  // and the hour (UTC) after which each day's digest goes out.
  FACTDESK_NOTIFICATION_MAIL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(15),
  FACTDESK_NOTIFICATION_DIGEST_HOUR: z.coerce.number().int().min(0).max(23).default(7),
  // Scheduled check for changes and purge of deleted articles (decision 042): seconds between runs.
  FACTDESK_CHANGE_CHECK_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(86_400).default(3600),
  // Webhooks (decision 034): seconds between delivery attempts, comma-separated (default
  // 5,300,1800,7200,18000,36000), and how long one attempt may take.
  FACTDESK_WEBHOOK_RETRY_SCHEDULE: z.string().optional(),
  FACTDESK_WEBHOOK_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  // Archived evidence (decision 038): the largest source page archived (bytes, after transfer
  // decompression), how often archived sources are re-checked, and how many per job run.
  FACTDESK_EVIDENCE_ARCHIVE_MAX_BYTES: z.coerce.number().int().min(1024).max(50 * 1024 * 1024).default(5 * 1024 * 1024),
  FACTDESK_EVIDENCE_RECHECK_INTERVAL_SECONDS: z.coerce.number().int().min(60).default(7 * 24 * 60 * 60),
  FACTDESK_EVIDENCE_RECHECK_BATCH: z.coerce.number().int().min(1).max(5_000).default(200),
  // Wayback Machine Save Page Now (decision 038, amended): its base URL, and the optional
  // "LOW key:secret" credentials sent as the Authorization header (never logged).
  FACTDESK_WAYBACK_URL: z.string().url().default('https://web.archive.org'),
  FACTDESK_WAYBACK_AUTH: z.string().optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function getEnv(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Factdesk configuration is invalid:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}
