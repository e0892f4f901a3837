import type { WorkspaceDto } from '@/lib/validations/workspace';

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
      </dl>
    </div>
  );
}
