import Link from 'next/link';
import { signOutAction } from '@/app/(auth)/actions';
import { can, type RoleName } from '@/lib/core/permissions/permissions';
import { HeaderSearch } from '@/components/search/header-search';
import { NotificationBell } from '@/components/notifications/notification-bell';
import { NavLink } from './nav-link';
import { WorkspaceSwitcher } from './workspace-switcher';

type AppHeaderProps = {
  userName: string;
  workspaceId: string;
  workspaces: { id: string; name: string; role: RoleName }[];
  unreadNotifications: number;
};

export function AppHeader({ userName, workspaceId, workspaces, unreadNotifications }: AppHeaderProps) {
  const role = workspaces.find((w) => w.id === workspaceId)?.role;
  return (
    <header className="border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-[1600px] flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/articles" prefetch={false} className="text-lg font-bold tracking-tight">
          Factdesk
        </Link>
        <WorkspaceSwitcher currentId={workspaceId} workspaces={workspaces} />
        {/* On a phone one row that scrolls sideways (three wrapped rows pushed the article down by
            ~70 px); from md up the links wrap. Neither widens the page past the screen. */}
        <nav aria-label="Main" className="-mx-4 flex w-[calc(100%+2rem)] gap-1 overflow-x-auto whitespace-nowrap px-4 text-sm md:mx-0 md:w-auto md:flex-wrap md:overflow-visible md:px-0">
          <NavLink href="/articles">Articles</NavLink>
          <NavLink href="/articles/new">Import article</NavLink>
          <NavLink href="/my-claims">My claims</NavLink>
          <NavLink href="/claims">Claims</NavLink>
          <NavLink href="/correction-requests">Correction requests</NavLink>
          <NavLink href="/sources">Changed sources</NavLink>
          {role && can(role, 'dashboard.read') && <NavLink href="/dashboard">Dashboard</NavLink>}
          <NavLink href="/settings" matchPrefix>
            Settings
          </NavLink>
        </nav>
        <HeaderSearch />
        <div className="ml-auto flex items-center gap-3 text-sm">
          <NotificationBell workspaceId={workspaceId} initialCount={unreadNotifications} />
          <span className="text-stone-700">{userName}</span>
          <form action={signOutAction}>
            <button type="submit" className="rounded px-3 py-1.5 text-stone-700 hover:bg-stone-100">
              Sign out
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
