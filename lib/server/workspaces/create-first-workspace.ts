import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/server/db/client';
import { DEFAULT_RATING_SCALE } from '@/lib/core/rating-scale/rating-scale';

export function slugify(name: string): string {
  const base = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 40);
  return `${base || 'workspace'}-${randomBytes(3).toString('hex')}`;
}

/** A workspace with the default rating scale, its creator as admin. */
export async function createWorkspace({ userId, name }: { userId: string; name: string }) {
  return db.workspace.create({
    data: {
      name,
      slug: slugify(name),
      memberships: { create: { userId, role: 'admin' } },
      ratings: {
        create: DEFAULT_RATING_SCALE.map((rating, position) => ({ ...rating, position })),
      },
    },
    select: { id: true, name: true, slug: true },
  });
}

/** Called when a user signs up: everyone starts with a workspace of their own. */
export async function createFirstWorkspace({ userId, userName }: { userId: string; userName: string }) {
  const existing = await db.membership.findFirst({ where: { userId }, select: { workspaceId: true } });
  if (existing) return existing;
  const name = userName.trim() ? `${userName.trim()}’s newsroom` : 'My newsroom';
  const workspace = await createWorkspace({ userId, name });
  return { workspaceId: workspace.id };
}
