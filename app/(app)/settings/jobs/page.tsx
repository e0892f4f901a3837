import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listWorkspaceJobs } from '@/lib/server/jobs/list-workspace-jobs';
import { can } from '@/lib/core/permissions/permissions';
import { formatDateTime } from '@/lib/format';
import type { JobDto } from '@/lib/validations/job';
import { RetryJobButton } from '@/components/settings/retry-job-button';

export const metadata: Metadata = { title: 'Background jobs' };

const stateLabels: Record<JobDto['state'], string> = {
  created: 'Waiting',
  retry: 'Will retry',
  active: 'Running',
  completed: 'Done',
  cancelled: 'Cancelled',
  failed: 'Failed',
};

export default async function JobsPage() {
  const actor = await requirePageActor();
  if (!can(actor.role, 'workspace.manage')) {
    return <p className="text-sm text-stone-700">Only admins of this workspace can see its background jobs.</p>;
  }
  const jobs = await listWorkspaceJobs(actor);
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">Background jobs</h1>
      <p className="mb-6 max-w-2xl text-sm text-stone-700">
        Work done after a request, such as invitation emails: tried again with growing delays when it fails, and marked failed after the last
        attempt. Finished jobs are listed for 12 hours, failed ones for 30 days.
      </p>
      {jobs.length === 0 ? (
        <p className="text-sm text-stone-700">No recent jobs.</p>
      ) : (
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-stone-200">
              <th className="py-2 pr-3 font-medium">Job</th>
              <th className="py-2 pr-3 font-medium">State</th>
              <th className="py-2 pr-3 font-medium">Attempts</th>
              <th className="py-2 font-medium">Queued</th>
            </tr>
          </thead>
          <tbody>
            {jobs.map((job) => {
              const name = job.subject ? `${job.label} to ${job.subject}` : job.label;
              return (
                <tr key={job.id} className="border-b border-stone-100 align-top">
                  <td className="py-2 pr-3">
                    {name}
                    {job.failure && <p className="text-xs text-amber-800">{job.failure}</p>}
                  </td>
                  <td className="py-2 pr-3">
                    {stateLabels[job.state]}
                    {job.state === 'failed' && (
                      <div className="mt-1">
                        <RetryJobButton jobId={job.id} label={name} />
                      </div>
                    )}
                  </td>
                  <td className="py-2 pr-3">
                    {job.attempts} of {job.maxAttempts}
                  </td>
                  <td className="py-2">{formatDateTime(job.createdAt)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </>
  );
}
