'use server';

import { revalidatePath } from 'next/cache';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { retryWorkspaceJob } from '@/lib/server/jobs/retry-workspace-job';
import { knownAppError } from '@/lib/server/db/known-errors';
import { jobIdSchema } from '@/lib/validations/job';

export async function retryJobAction(jobId: string): Promise<{ error?: string }> {
  const actor = await requirePageActor();
  const id = jobIdSchema.safeParse(jobId);
  if (!id.success) return { error: 'Job not found.' };
  try {
    await retryWorkspaceJob(actor, id.data);
  } catch (caught) {
    const error = knownAppError(caught);
    if (error) return { error: error.message };
    throw caught;
  }
  revalidatePath('/settings/jobs');
  return {};
}
