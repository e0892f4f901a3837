import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { can } from '@/lib/core/permissions/permissions';
import { NavLink } from '@/components/layout/nav-link';

export default async function SettingsLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-6 px-4 py-8 md:flex-row">
      <nav aria-label="Settings" className="shrink-0 md:w-48">
        <ul className="flex gap-1 text-sm md:flex-col">
          <li>
            <NavLink href="/settings">Workspace</NavLink>
          </li>
          <li>
            <NavLink href="/settings/members">Members</NavLink>
          </li>
          {can(actor.role, 'token.create') && (
            <li>
              <NavLink href="/settings/tokens">API tokens</NavLink>
            </li>
          )}
          {can(actor.role, 'share.manage') && (
            <li>
              <NavLink href="/settings/share-links">Share links</NavLink>
            </li>
          )}
          <li>
            <NavLink href="/settings/notifications">Notifications</NavLink>
          </li>
          <li>
            <NavLink href="/settings/reference-library">Reference library</NavLink>
          </li>
          {can(actor.role, 'workspace.manage') && (
            <li>
              <NavLink href="/settings/rating-scale">Rating scale</NavLink>
            </li>
          )}
          {can(actor.role, 'workspace.manage') && (
            <li>
              <NavLink href="/settings/public-pages">Public pages</NavLink>
            </li>
          )}
          {can(actor.role, 'workspace.manage') && (
            <li>
              <NavLink href="/settings/backup">Backup and restore</NavLink>
            </li>
          )}
          {can(actor.role, 'workspace.manage') && (
            <li>
              <NavLink href="/settings/deleted-articles">Recently deleted</NavLink>
            </li>
          )}
          {can(actor.role, 'workspace.manage') && (
            <li>
              <NavLink href="/settings/jobs">Jobs</NavLink>
            </li>
          )}
          {can(actor.role, 'workspace.manage') && (
            <li>
              <NavLink href="/settings/webhooks">Webhooks</NavLink>
            </li>
          )}
        </ul>
      </nav>
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
