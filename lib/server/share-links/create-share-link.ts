import 'server-only';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { userNames } from '@/lib/server/users/user-names';
import type { CreatedShareLinkDto, CreateShareLinkInput, ShareKindValue } from '@/lib/validations/share-link';
import { shareTokens } from '@/lib/server/secret-tokens';
import { shareLinkSelect, toShareLinkDto } from './share-link-shape';
import { shareUrl } from './share-url';

type Target = { kind: ShareKindValue; articleId: string; claimId: string | null };

/** A public link to one published verdict. Only published claims can be shared (422 otherwise). */
export async function createClaimShareLink(actor: Actor, claimId: string, input: CreateShareLinkInput, origin: string): Promise<CreatedShareLinkDto> {
  requirePermission(actor, 'share.create');
  const claim = await db.claim.findFirst({
    where: { id: claimId, workspaceId: actor.workspaceId, deletedAt: null },
    select: { articleId: true, status: true },
  });
  if (!claim) throw new AppError('not_found', 'Claim not found.');
  if (claim.status !== 'published') {
    throw new AppError('unprocessable', 'Only a published verdict can be shared. Publish the claim first.', {
      fields: { claimId: ['The claim is not published'] },
    });
  }
  return insertShareLink(actor, { kind: 'claim', articleId: claim.articleId, claimId }, input, origin);
}

/** A public link to an article's review: its frozen text with the published verdicts only. */
export async function createArticleShareLink(actor: Actor, articleId: string, input: CreateShareLinkInput, origin: string): Promise<CreatedShareLinkDto> {
  requirePermission(actor, 'share.create');
  const article = await db.article.findFirst({ where: { id: articleId, workspaceId: actor.workspaceId, deletedAt: null }, select: { id: true } });
  if (!article) throw new AppError('not_found', 'Article not found.');
  return insertShareLink(actor, { kind: 'article', articleId, claimId: null }, input, origin);
}

async function insertShareLink(actor: Actor, target: Target, input: CreateShareLinkInput, origin: string): Promise<CreatedShareLinkDto> {
  const { expiresAt } = input;
  const { token, tokenHash } = shareTokens.make();
  const row = await db.shareLink.create({
    data: {
      workspaceId: actor.workspaceId,
      ...target,
      tokenHash,
      createdById: actor.userId,
      expiresAt: expiresAt ?? null,
    },
    select: shareLinkSelect,
  });
  const dto = toShareLinkDto(actor, row, await userNames([row.createdById]));
  return { ...dto, url: shareUrl(origin, target.kind, token) };
}
