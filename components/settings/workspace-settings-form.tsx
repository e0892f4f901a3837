'use client';

import { useActionState } from 'react';
import { updateWorkspaceSettingsAction, type SettingsFormState } from '@/app/(app)/settings/actions';
import { Field, FormError } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import type { WorkspaceDto } from '@/lib/validations/workspace';

export function WorkspaceSettingsForm({ workspace }: { workspace: WorkspaceDto }) {
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(updateWorkspaceSettingsAction, {});
  // After a save React resets the form to its defaults, so the defaults follow what was sent.
  const values = state.values ?? {
    name: workspace.name,
    organizationUrl: workspace.organizationUrl ?? '',
    allowSelfApproval: workspace.allowSelfApproval ? 'on' : '',
    changeCheckSchedule: workspace.changeCheckSchedule,
    archiveScreenshots: workspace.archiveScreenshots ? 'on' : '',
    archiveWayback: workspace.archiveWayback ? 'on' : '',
  };
  return (
    <form action={action} className="max-w-xl space-y-5" noValidate>
      <FormError message={state.error} />
      <Field label="Workspace name" name="name" required maxLength={120} defaultValue={values.name} errors={state.fields?.name} />
      <Field
        label="Organisation website"
        name="organizationUrl"
        type="url"
        placeholder="https://"
        hint="Optional. Named as the publisher of your fact-checks in ClaimReview exports."
        defaultValue={values.organizationUrl}
        errors={state.fields?.organizationUrl}
      />
      <div className="flex items-start gap-3">
        <input
          id="allow-self-approval"
          name="allowSelfApproval"
          type="checkbox"
          defaultChecked={values.allowSelfApproval === 'on'}
          aria-describedby="allow-self-approval-hint"
          className="mt-1 h-4 w-4 rounded border-stone-400"
        />
        <div>
          <label htmlFor="allow-self-approval" className="text-sm font-medium text-stone-800">
            Allow an editor to approve their own proposals
          </label>
          <p id="allow-self-approval-hint" className="text-xs text-stone-600">
            When this is off, a verdict proposed by one person must be approved by another before it is published.
          </p>
        </div>
      </div>
      <div>
        <label htmlFor="change-check-schedule" className="text-sm font-medium text-stone-800">
          Check link-imported articles for changes
        </label>
        <select
          id="change-check-schedule"
          name="changeCheckSchedule"
          defaultValue={values.changeCheckSchedule ?? 'off'}
          aria-describedby="change-check-schedule-hint"
          className="mt-1 block rounded border border-stone-300 bg-white px-2 py-1 text-sm"
        >
          <option value="off">Off (only when someone checks)</option>
          <option value="daily_then_weekly">Daily for 30 days after import, then weekly</option>
          <option value="daily">Daily</option>
          <option value="weekly">Weekly</option>
        </select>
        <p id="change-check-schedule-hint" className="text-xs text-stone-600">
          A changed story becomes a new version and the people who reviewed it are told.
        </p>
      </div>
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium text-stone-800">Archived sources</legend>
        <input type="hidden" name="archiveExtrasShown" value="1" />
        <ArchiveOption
          name="archiveScreenshots"
          checked={values.archiveScreenshots === 'on'}
          label="Take a full-page screenshot of each archived source"
          hint="Rendered on this server from the stored copy, with scripts off and nothing fetched. Needs Chromium."
        />
        <ArchiveOption
          name="archiveWayback"
          checked={values.archiveWayback === 'on'}
          label="Also save each source to the Wayback Machine"
          hint="Sends each source's link to the Internet Archive's Save Page Now, a public service outside this desk."
        />
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={pending}>
          {pending ? 'Saving…' : 'Save settings'}
        </Button>
        <p role="status" className="text-sm text-green-800">
          {!pending && state.message}
        </p>
      </div>
    </form>
  );
}

function ArchiveOption({ name, checked, label, hint }: { name: string; checked: boolean; label: string; hint: string }) {
  const id = `workspace-${name}`;
  return (
    <div className="flex items-start gap-3">
      <input id={id} name={name} type="checkbox" defaultChecked={checked} aria-describedby={`${id}-hint`} className="mt-1 h-4 w-4 rounded border-stone-400" />
      <div>
        <label htmlFor={id} className="text-sm font-medium text-stone-800">
          {label}
        </label>
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      </div>
    </div>
  );
}
