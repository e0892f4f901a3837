// The queues of Factdesk's background jobs (pg-boss, in PostgreSQL's `pgboss` schema). Plain
// constants, shared by the app and the deployment scripts that install the queues.
// See docs/decisions/022-background-jobs.md.

export const JOB_SCHEMA = 'pgboss';

export const jobNames = ['invitation-email', 'webhook-delivery'] as const;
export type JobName = (typeof jobNames)[number];

/** Every job says whose it is: admins see only their own workspace's jobs. */
export type WorkspaceJobData = { workspaceId: string };

export const jobLabels: Record<JobName, string> = {
  'invitation-email': 'Invitation email',
  'webhook-delivery': 'Webhook delivery',
};
