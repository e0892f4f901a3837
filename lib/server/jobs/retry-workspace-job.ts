import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { AppError } from '@/lib/errors';
import { JOB_SCHEMA, type JobName } from './job-names';
import { jobQueue } from './job-queue';

/** Gives a failed (dead) job of the workspace one more attempt, now. */
export async function retryWorkspaceJob(actor: Actor, jobId: string): Promise<void> {
  requirePermission(actor, 'workspace.manage');
  const [job] = await db.$queryRaw<{ name: JobName; state: string }[]>`
    SELECT name, state::text AS state FROM ${Prisma.raw(JOB_SCHEMA)}.job
     WHERE id = ${jobId}::uuid AND data->>'workspaceId' = ${actor.workspaceId}`;
  if (!job) throw new AppError('not_found', 'Job not found.');
  if (job.state !== 'failed') throw new AppError('conflict', `Only a failed job can be retried; this one is ${job.state}.`);
  const boss = await jobQueue();
  await boss.retry(job.name, jobId);
}
