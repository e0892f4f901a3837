import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getPublicPagesSettings } from '@/lib/server/public-pages/public-pages-settings';
import { can } from '@/lib/core/permissions/permissions';
import { PublicPagesForm } from '@/components/public-pages/public-pages-form';

export const metadata: Metadata = { title: 'Public pages' };

export default async function PublicPagesSettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor.role, 'workspace.manage')) {
    return <p className="text-sm text-stone-700">Only admins of this workspace can publish its methodology and corrections log.</p>;
  }
  const settings = await getPublicPagesSettings(actor);
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-xl font-semibold">Public pages</h1>
        <p className="mt-2 max-w-2xl text-sm text-stone-700">
          A public methodology page (your rating scale with its definitions and your review process in your own words) and a corrections
          log (every change to a published verdict), readable without signing in, as JSON, and the log as an Atom feed. Public verdict
          pages link to them while they are on. Off by default; turning them off takes them down at once.
        </p>
      </div>
      <PublicPagesForm settings={settings} />
    </div>
  );
}
