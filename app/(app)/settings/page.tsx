import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getWorkspaceSettings } from '@/lib/server/workspaces/get-workspace-settings';
import { can } from '@/lib/core/permissions/permissions';
import { WorkspaceSettingsForm } from '@/components/settings/workspace-settings-form';
import { WorkspaceSettingsSummary } from '@/components/settings/workspace-settings-summary';

export const metadata: Metadata = { title: 'Workspace settings' };

export default async function WorkspaceSettingsPage() {
  const actor = await requirePageActor();
  const workspace = await getWorkspaceSettings(actor);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Workspace settings</h1>
      {can(actor.role, 'workspace.manage') ? (
        <WorkspaceSettingsForm workspace={workspace} />
      ) : (
        <WorkspaceSettingsSummary workspace={workspace} />
      )}
    </>
  );
}
