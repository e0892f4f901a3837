'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { updateWorkspaceSettings } from '@/lib/server/workspaces/update-workspace-settings';
import { workspaceSettingsFormSchema } from '@/lib/validations/workspace';
import { attempt } from '@/lib/server/actions/attempt';
import type { FormState } from '@/lib/validations/auth';

export type SettingsFormState = FormState & { message?: string };

export async function updateWorkspaceSettingsAction(_: SettingsFormState, formData: FormData): Promise<SettingsFormState> {
  const actor = await requirePageActor();
  const values = {
    name: String(formData.get('name') ?? ''),
    organizationUrl: String(formData.get('organizationUrl') ?? ''),
    allowSelfApproval: formData.get('allowSelfApproval') === 'on' ? 'on' : '',
    // Absent from the form of a page that does not show it: then unchanged.
    ...(formData.has('changeCheckSchedule') ? { changeCheckSchedule: String(formData.get('changeCheckSchedule')) } : {}),
    // The archive boxes: the form marks that it shows them, since an unticked box sends nothing.
    ...(formData.has('archiveExtrasShown')
      ? {
          archiveScreenshots: formData.get('archiveScreenshots') === 'on' ? 'on' : '',
          archiveWayback: formData.get('archiveWayback') === 'on' ? 'on' : '',
        }
      : {}),
  };
  const parsed = workspaceSettingsFormSchema.safeParse(values);
  if (!parsed.success) return { fields: z.flattenError(parsed.error).fieldErrors, values };
  const saved = await attempt(() => updateWorkspaceSettings(actor, parsed.data));
  if (!saved.ok) return { error: saved.error.message, values };
  // The header shows the workspace's name on every page.
  revalidatePath('/', 'layout');
  return { message: 'Settings saved.', values };
}
