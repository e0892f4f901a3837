import { z } from 'zod';
import { httpUrlSchema, idSchema, optionalText } from './common';
import { roleSchema } from './member';

export const changeCheckSchedules = ['off', 'daily', 'weekly', 'daily_then_weekly'] as const;
export type ChangeCheckScheduleValue = (typeof changeCheckSchedules)[number];
const changeCheckSchedule = z.enum(changeCheckSchedules).meta({
  description: 'How often link-imported articles are fetched again to look for changes: daily_then_weekly is daily for the first 30 days after import, then weekly (decision 042)',
});

const workspaceName = optionalText(120, 'The workspace name').min(1, 'Enter a name for the workspace');

// Empty means "no organisation page": ClaimReview exports then name the workspace only.
const organizationUrl = z
  .union([z.literal(''), httpUrlSchema])
  .nullable()
  .meta({ description: 'The publishing organisation’s home page (http or https); empty or null to clear' });

export const workspaceSchema = z
  .object({
    id: idSchema,
    name: z.string(),
    organizationUrl: z.string().nullable(),
    allowSelfApproval: z.boolean().meta({ description: 'Whether an editor may approve a verdict they proposed themselves' }),
    role: roleSchema.meta({ description: 'Your role in this workspace' }),
    changeCheckSchedule,
    archiveScreenshots: z.boolean().meta({ description: 'Whether each archived source also gets a full-page screenshot, rendered offline by Chromium from the stored copy (off by default)' }),
    archiveWayback: z.boolean().meta({ description: 'Whether each archived source’s link is also sent to the Wayback Machine’s Save Page Now (off by default)' }),
  })
  .meta({ id: 'Workspace' });
export type WorkspaceDto = z.infer<typeof workspaceSchema>;

export const updateWorkspaceInputSchema = z
  .object({
    name: workspaceName.optional(),
    organizationUrl: organizationUrl.optional(),
    allowSelfApproval: z.boolean().optional(),
    changeCheckSchedule: changeCheckSchedule.optional(),
    archiveScreenshots: z.boolean().optional(),
    archiveWayback: z.boolean().optional(),
  })
  .strict()
  .refine((input) => Object.keys(input).length > 0, { message: 'Nothing to change' })
  .meta({ id: 'UpdateWorkspaceInput' });
export type UpdateWorkspaceInput = z.infer<typeof updateWorkspaceInputSchema>;

/** The settings form: the checkbox is "on" when ticked and absent otherwise. */
export const workspaceSettingsFormSchema = z.object({
  name: workspaceName,
  organizationUrl: z.union([z.literal(''), httpUrlSchema]),
  allowSelfApproval: z.preprocess((value) => value === 'on' || value === 'true', z.boolean()),
  changeCheckSchedule: z.enum(changeCheckSchedules).optional(),
  archiveScreenshots: z.preprocess((value) => value === 'on' || value === 'true', z.boolean()).optional(),
  archiveWayback: z.preprocess((value) => value === 'on' || value === 'true', z.boolean()).optional(),
});

export const createWorkspaceInputSchema = z.object({ name: workspaceName });
