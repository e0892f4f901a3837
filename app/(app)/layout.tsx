import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getWorkspaceName } from '@/lib/server/workspaces/get-workspace';
import { roleLabels } from '@/lib/core/permissions/permissions';
import { AppHeader } from '@/components/layout/app-header';
import { Providers } from '@/components/providers';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePageActor();
  const workspaceName = await getWorkspaceName(actor);
  return (
    <Providers>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <AppHeader userName={actor.userName} workspaceName={workspaceName} roleLabel={roleLabels[actor.role]} />
      <main id="main">{children}</main>
    </Providers>
  );
}
