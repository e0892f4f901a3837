// The queues of Factdesk's background jobs (pg-boss, in PostgreSQL's `pgboss` schema). Plain
// constants, shared by the app and the deployment scripts that install the queues.
// See docs/decisions/022-background-jobs.md.

export const JOB_SCHEMA = 'pgboss';

export const jobNames = [
  'invitation-email',
  'notification-mail',
  'webhook-delivery',
  'article-change-check',
  'article-purge',
  'evidence-archive',
  'evidence-recheck',
  'evidence-snapshot-purge',
] as const;
export type JobName = (typeof jobNames)[number];
/** The jobs done for one workspace, which its admins see (Settings → Jobs). */
export type WorkspaceJobName = Exclude<JobName, 'notification-mail' | 'article-change-check' | 'article-purge' | 'evidence-recheck' | 'evidence-snapshot-purge'>;

/** Every job says whose it is: admins see only their own workspace's jobs (server-wide ones have none). */
export type WorkspaceJobData = { workspaceId: string };

export const jobLabels: Record<JobName, string> = {
  'invitation-email': 'Invitation email',
  'notification-mail': 'Notification emails',
  'webhook-delivery': 'Webhook delivery',
  'article-change-check': 'Scheduled check for changes',
  'article-purge': 'Purge of deleted articles',
  'evidence-archive': 'Archiving a source',
  'evidence-recheck': 'Re-checking archived sources',
  'evidence-snapshot-purge': 'Removal of unused archived copies',
};

/**
 * Queues that are not the default policy. `stately`: at most one job waits and one runs, so the
 * notification mail job, which queues its own next run, is one chain on any number of instances.
 */
export const jobQueuePolicies: Partial<Record<JobName, 'stately'>> = {
  'notification-mail': 'stately',
  'article-change-check': 'stately',
  'article-purge': 'stately',
  'evidence-recheck': 'stately',
  'evidence-snapshot-purge': 'stately',
};
