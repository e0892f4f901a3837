import type { ChangeCheckScheduleValue, WorkspaceDto } from '@/lib/validations/workspace';

const SCHEDULE_LABELS: Record<ChangeCheckScheduleValue, string> = {
  off: 'Only when someone checks',
  daily: 'Daily',
  weekly: 'Weekly',
  daily_then_weekly: 'Daily for 30 days after import, then weekly',
};

/** The settings as a member without the admin role sees them: read-only, and who can change them. */
export function WorkspaceSettingsSummary({ workspace }: { workspace: WorkspaceDto }) {
  return (
    <div className="max-w-xl space-y-4">
      <p className="rounded-md border border-stone-200 bg-stone-50 px-3 py-2 text-sm text-stone-700">
        Only admins of this workspace can change its settings.
      </p>
      <dl className="divide-y divide-stone-200 text-sm">
        <div className="grid grid-cols-3 gap-4 py-2">
          <dt className="font-medium text-stone-800">Name</dt>
          <dd className="col-span-2">{workspace.name}</dd>
        </div>
        <div className="grid grid-cols-3 gap-4 py-2">
          <dt className="font-medium text-stone-800">Organisation website</dt>
          <dd className="col-span-2 break-all">{workspace.organizationUrl || <span className="text-stone-600">Not set</span>}</dd>
        </div>
        <div className="grid grid-cols-3 gap-4 py-2">
          <dt className="font-medium text-stone-800">Self-approval</dt>
          <dd className="col-span-2">
            {workspace.allowSelfApproval ? 'An editor may approve their own proposals' : 'Verdicts are approved by someone other than their proposer'}
          </dd>
        </div>
        <div className="grid grid-cols-3 gap-4 py-2">
          <dt className="font-medium text-stone-800">Check for changes</dt>
          <dd className="col-span-2">{SCHEDULE_LABELS[workspace.changeCheckSchedule]}</dd>
        </div>
        <div className="grid grid-cols-3 gap-4 py-2">
          <dt className="font-medium text-stone-800">Archived sources</dt>
          <dd className="col-span-2">
            {workspace.archiveScreenshots ? 'A screenshot of each copy' : 'No screenshots'};{' '}
            {workspace.archiveWayback ? 'also saved to the Wayback Machine' : 'not sent to the Wayback Machine'}
          </dd>
        </div>
      </dl>
    </div>
  );
}
