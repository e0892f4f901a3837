import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { siteOrigin } from '@/lib/server/site-origin';
import type { PublicPagesSettingsDto, UpdatePublicPagesInput } from '@/lib/validations/public-pages';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';

const select = { publicPagesEnabled: true, publicSlug: true, methodologyMarkdown: true } as const;

function toDto(row: { publicPagesEnabled: boolean; publicSlug: string | null; methodologyMarkdown: string }): PublicPagesSettingsDto {
  const live = row.publicPagesEnabled && row.publicSlug ? publicPagePaths(row.publicSlug) : null;
  const origin = siteOrigin();
  return {
    enabled: row.publicPagesEnabled,
    slug: row.publicSlug,
    methodologyMarkdown: row.methodologyMarkdown,
    methodologyUrl: live ? `${origin}${live.methodology}` : null,
    correctionsUrl: live ? `${origin}${live.corrections}` : null,
  };
}

export async function getPublicPagesSettings(actor: Actor): Promise<PublicPagesSettingsDto> {
  requirePermission(actor, 'workspace.manage');
  const row = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select });
  if (!row) throw new AppError('not_found', 'Workspace not found.');
  return toDto(row);
}

/**
 * Turns the public pages on (an address is needed: the slug given now or before) or off, and
 * edits the methodology text. Read per request by the public routes: off is off at once.
 */
export async function updatePublicPagesSettings(actor: Actor, input: UpdatePublicPagesInput): Promise<PublicPagesSettingsDto> {
  requirePermission(actor, 'workspace.manage');
  const current = await db.workspace.findUnique({ where: { id: actor.workspaceId }, select });
  if (!current) throw new AppError('not_found', 'Workspace not found.');
  const slug = input.slug ?? current.publicSlug;
  if (input.enabled && !slug) {
    throw new AppError('unprocessable', 'Choose the address of the public pages first.', { fields: { slug: ['Choose an address'] } });
  }
  try {
    const row = await db.workspace.update({
      where: { id: actor.workspaceId },
      data: { publicPagesEnabled: input.enabled, publicSlug: input.slug, methodologyMarkdown: input.methodologyMarkdown },
      select,
    });
    return toDto(row);
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('conflict', 'Another workspace already uses this address.', { fields: { slug: ['Already taken'] } });
    }
    throw error;
  }
}
