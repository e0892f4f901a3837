import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { InvitationDto } from '@/lib/validations/invitation';

export const invitationSelect = {
  id: true,
  role: true,
  email: true,
  createdById: true,
  createdAt: true,
  expiresAt: true,
  emailStatus: true,
  emailFailure: true,
} satisfies Prisma.InvitationSelect;

type InvitationRow = Prisma.InvitationGetPayload<{ select: typeof invitationSelect }>;

export function toInvitationDto(row: InvitationRow, names: Map<string, string>): InvitationDto {
  return {
    id: row.id,
    role: row.role,
    email: row.email,
    invitedBy: (row.createdById && names.get(row.createdById)) || null,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    emailStatus: row.emailStatus,
    emailFailure: row.emailFailure,
  };
}
