import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getBackupOverview } from '@/lib/server/backup/get-backup-overview';
import { can } from '@/lib/core/permissions/permissions';
import { countLabel } from '@/lib/core/backup/count-label';
import { buttonClass } from '@/components/ui/button';
import { RestoreBackupForm } from '@/components/backup/restore-backup-form';

export const metadata: Metadata = { title: 'Backup and restore' };

export default async function BackupPage() {
  const actor = await requirePageActor();
  if (!can(actor.role, 'workspace.manage')) {
    return (
      <>
        <h1 className="mb-6 text-2xl font-semibold tracking-tight">Backup and restore</h1>
        <p className="text-sm text-stone-700">Only admins of this workspace can download a backup or restore one.</p>
      </>
    );
  }
  const overview = await getBackupOverview(actor);
  return (
    <>
      <h1 className="mb-6 text-2xl font-semibold tracking-tight">Backup and restore</h1>
      <section aria-labelledby="download-heading" className="mb-10 max-w-xl space-y-3">
        <h2 id="download-heading" className="text-lg font-semibold">
          Download a backup
        </h2>
        <p className="text-sm text-stone-700">
          One file with everything in this workspace ({countLabel(overview.articles, 'article')}, {countLabel(overview.claims, 'claim')}): every version,
          verdict, evidence with internal notes, history, comments, share links, and members’ names and roles. It holds no
          passwords or API tokens, but it does hold internal notes: keep it somewhere safe.
        </p>
        <a href="/api/v1/workspace/backup" download className={buttonClass('primary')}>
          Download backup
        </a>
      </section>
      <section aria-labelledby="restore-heading" className="max-w-xl space-y-3">
        <h2 id="restore-heading" className="text-lg font-semibold">
          Restore a backup
        </h2>
        <RestoreBackupForm currentIsEmpty={overview.articles === 0} />
      </section>
    </>
  );
}
