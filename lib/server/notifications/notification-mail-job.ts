import 'server-only';
import { getEnv } from '@/lib/env';
import { mailConfigured } from '@/lib/server/mail/send-mail';
import { configuredOrigin } from '@/lib/server/site-origin';
import { jobQueue } from '@/lib/server/jobs/job-queue';
import { sendImmediateEmails } from './send-immediate-emails';
import { sendDueDigests } from './send-digests';

export const NOTIFICATION_MAIL_JOB = 'notification-mail';

/**
 * Queues the next run of the notification mail job. Its queue is `stately` (job-names.ts): at
 * most one run waits and one runs, whatever the number of instances, so every worker may call
 * this at start and each run calls it again when done: one chain, never several.
 */
export async function scheduleNotificationMail(delaySeconds = getEnv().FACTDESK_NOTIFICATION_MAIL_INTERVAL_SECONDS): Promise<void> {
  const boss = await jobQueue();
  await boss.send(NOTIFICATION_MAIL_JOB, {}, { startAfter: delaySeconds, retryLimit: 2, retryDelay: 5, expireInSeconds: 300 });
}

/**
 * One run: the immediate emails waiting, then (after the digest hour) the day's digests. Mail is
 * only ever sent here, in the background, never while a request waits; without a relay nothing
 * is sent and the notifications stay in the app.
 */
export async function runNotificationMailJob(): Promise<{ sent: number; digests: number }> {
  try {
    const origin = configuredOrigin();
    if (!mailConfigured() || !origin) return { sent: 0, digests: 0 };
    const sent = await sendImmediateEmails(origin);
    const digests = await sendDueDigests(origin, getEnv().FACTDESK_NOTIFICATION_DIGEST_HOUR);
    return { sent, digests };
  } finally {
    // An instance shutting down may not queue it: another instance's worker (or this one's next
    // start) does.
    await scheduleNotificationMail().catch(() => undefined);
  }
}
