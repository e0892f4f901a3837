import { apiRoute } from '@/lib/server/api/route';
import { retryWorkspaceJob } from '@/lib/server/jobs/retry-workspace-job';
import { jobIdSchema } from '@/lib/validations/job';
import { AppError } from '@/lib/errors';

export const POST = apiRoute<{ jobId: string }>(async ({ actor, params }) => {
  const id = jobIdSchema.safeParse(params.jobId);
  if (!id.success) throw new AppError('not_found', 'Job not found.');
  await retryWorkspaceJob(actor, id.data);
  return new Response(null, { status: 204 });
});
