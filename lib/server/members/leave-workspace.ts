import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { removeMember } from './remove-member';

/** The signed-in member leaves the workspace they act in (refused for its last admin). */
export async function leaveWorkspace(actor: Actor): Promise<void> {
  await removeMember(actor, actor.userId);
}
