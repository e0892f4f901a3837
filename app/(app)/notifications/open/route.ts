import { redirect } from 'next/navigation';
import { getCurrentUser } from '@/lib/server/auth/current-user';
import { switchWorkspace } from '@/lib/server/workspaces/switch-workspace';
import { safeNextPath } from '@/lib/core/navigation/safe-next';

// Where a notification email's links lead: the member's browser may be working in another of
// their workspaces, so this switches to the notification's one (only if they are a member)
// before going to the claim. Nothing else changes on a GET: mail scanners open links too.
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url);
  const to = safeNextPath(url.searchParams.get('to'));
  const user = await getCurrentUser();
  if (!user) redirect(`/sign-in?next=${encodeURIComponent(`${url.pathname}${url.search}`)}`);
  const workspaceId = url.searchParams.get('workspace');
  // Not a member (any more): the cookie stays, and the claim page answers "not found".
  if (workspaceId) await switchWorkspace(user, workspaceId).catch(() => undefined);
  redirect(to);
}
