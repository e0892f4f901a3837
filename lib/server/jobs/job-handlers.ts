import 'server-only';
import type { JobWithMetadata } from 'pg-boss';
import { runInvitationEmailJob, type InvitationEmailJobData } from '@/lib/server/invitations/invitation-email-job';
import { runNotificationMailJob } from '@/lib/server/notifications/notification-mail-job';
import { runWebhookDeliveryJob, type WebhookDeliveryJobData } from '@/lib/server/webhooks/webhook-delivery-job';
import { runChangeCheckJob, runPurgeJob } from '@/lib/server/articles/scheduled-change-check';
import { runEvidenceArchiveJob, type EvidenceArchiveJobData } from '@/lib/server/evidence-archive/evidence-archive-job';
import { runEvidenceRecheckJob } from '@/lib/server/evidence-archive/evidence-recheck-job';
import { runSnapshotPurgeJob } from '@/lib/server/evidence-archive/purge-unused-snapshots';
import type { JobName } from './job-names';

// What each queue's job does. A handler that throws is retried with backoff (enqueue-job.ts);
// what it returns is kept as the job's output. Job data was written by enqueueJob with the
// queue's own type, so each handler reads it as that type.
type Handler = (job: JobWithMetadata<unknown>) => Promise<unknown>;

export const jobHandlers: Record<JobName, Handler> = {
  'invitation-email': (job) => runInvitationEmailJob(job as JobWithMetadata<InvitationEmailJobData>),
  'notification-mail': () => runNotificationMailJob(),
  'webhook-delivery': (job) => runWebhookDeliveryJob(job as JobWithMetadata<WebhookDeliveryJobData>),
  'article-change-check': () => runChangeCheckJob(),
  'article-purge': () => runPurgeJob(),
  'evidence-archive': (job) => runEvidenceArchiveJob(job as JobWithMetadata<EvidenceArchiveJobData>),
  'evidence-recheck': () => runEvidenceRecheckJob(),
  'evidence-snapshot-purge': () => runSnapshotPurgeJob(),
};
