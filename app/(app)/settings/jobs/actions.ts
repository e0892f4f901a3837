'use server';

import { revalidatePath } from 'next/cache';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { retryWorkspaceJob } from '@/lib/server/jobs/retry-workspace-job';
import { attempt } from '@/lib/server/actions/attempt';
import { jobIdSchema } from '@/lib/validations/job';

export async function retryJobAction(jobId: string): Promise<{ error?: string }> {
  const actor = await requirePageActor();
  const id = jobIdSchema.safeParse(jobId);
  if (!id.success) return { error: 'Job not found.' };
  const done = await attempt(() => retryWorkspaceJob(actor, id.data));
  if (!done.ok) return { error: done.error.message };
  revalidatePath('/settings/jobs');
  return {};
}
