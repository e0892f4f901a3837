import { z } from 'zod';
import { idSchema, isoDateTime } from './common';

import { roles } from './member-values';

export { roles, type RoleName } from './member-values';

export const roleSchema = z.enum(roles).meta({
  id: 'Role',
  description: 'admin: members and settings; editor: approves and publishes; checker: researches and proposes; viewer: reads',
});

export const memberSchema = z
  .object({
    userId: idSchema,
    name: z.string(),
    email: z.string(),
    role: roleSchema,
    joinedAt: isoDateTime,
  })
  .meta({ id: 'Member' });
export type MemberDto = z.infer<typeof memberSchema>;

export const updateMemberInputSchema = z.object({ role: roleSchema }).strict().meta({ id: 'UpdateMemberInput' });
export type UpdateMemberInput = z.infer<typeof updateMemberInputSchema>;
