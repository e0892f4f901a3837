'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { requireUser } from '@/lib/server/auth/current-user';
import { rememberWorkspace, switchWorkspace } from '@/lib/server/workspaces/switch-workspace';
import { createAnotherWorkspace } from '@/lib/server/workspaces/create-another-workspace';
import { createWorkspaceInputSchema } from '@/lib/validations/workspace';
import { idSchema } from '@/lib/validations/common';
import type { FormState } from '@/lib/validations/auth';
import { attempt } from '@/lib/server/actions/attempt';

export async function switchWorkspaceAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const workspaceId = idSchema.safeParse(formData.get('workspaceId'));
  // Not a member (or a forged id): nothing changes, and the current workspace opens.
  if (workspaceId.success) await attempt(() => switchWorkspace(user, workspaceId.data));
  redirect('/articles');
}

export async function createWorkspaceAction(_: FormState, formData: FormData): Promise<FormState> {
  const user = await requireUser();
  const values = { name: String(formData.get('name') ?? '') };
  const parsed = createWorkspaceInputSchema.safeParse(values);
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors, values };
  const workspace = await createAnotherWorkspace(user, parsed.data);
  await rememberWorkspace(workspace.id);
  redirect('/articles');
}
