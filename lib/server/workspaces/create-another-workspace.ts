import 'server-only';
import { createWorkspace } from './create-first-workspace';

/**
 * A new workspace for a signed-in user, who becomes its admin. It takes only the user, not an
 * actor: being admin of one desk gives no say over whether someone starts another.
 */
export async function createAnotherWorkspace(user: { id: string }, input: { name: string }) {
  const workspace = await createWorkspace({ userId: user.id, name: input.name });
  return { id: workspace.id, name: workspace.name };
}
