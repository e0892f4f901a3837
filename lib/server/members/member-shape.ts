import 'server-only';
import type { Prisma } from '@/lib/server/db/client';
import type { MemberDto } from '@/lib/validations/member';

export const memberSelect = {
  role: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} satisfies Prisma.MembershipSelect;

type MemberRow = Prisma.MembershipGetPayload<{ select: typeof memberSelect }>;

export function toMemberDto(row: MemberRow): MemberDto {
  return { userId: row.user.id, name: row.user.name, email: row.user.email, role: row.role, joinedAt: row.createdAt.toISOString() };
}
