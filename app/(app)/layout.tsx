import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listWorkspacesOf } from '@/lib/server/workspaces/resolve-actor';
import { countUnreadNotifications } from '@/lib/server/notifications/count-unread';
import { AppHeader } from '@/components/layout/app-header';
import { Providers } from '@/components/providers';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const [workspaces, unreadNotifications] = await Promise.all([listWorkspacesOf(actor.userId), countUnreadNotifications(actor)]);
  return (
    <Providers>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <AppHeader userName={actor.userName} workspaceId={actor.workspaceId} workspaces={workspaces} unreadNotifications={unreadNotifications} />
      <main id="main">{children}</main>
    </Providers>
  );
}
