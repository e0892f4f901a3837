import 'server-only';
import { requireLatestVersion } from '@/lib/server/articles/latest-version';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/errors';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { ClaimDto, CreateClaimInput } from '@/lib/validations/claim';
import { userNames } from '@/lib/server/users/user-names';
import { createOffsetIndex, describeRange, locateQuote } from '@/lib/core/anchoring';
import { searchKey } from '@/lib/core/suggestions';
import { claimSelect, claimUserIds, toClaimDto } from './claim-shape';
import { recordClaimEvents } from './record-events';

function unanchorable(message: string, reason: string): AppError {
  return new AppError('unprocessable', message, { fields: { selector: [message] }, details: { reason } });
}

/** Finds the UTF-16 range a selector names in the frozen text, or explains why it cannot. */
function rangeOf(text: string, input: CreateClaimInput): { start: number; end: number } {
  const { selector } = input;
  const index = createOffsetIndex(text);
  if (selector.type === 'TextPositionSelector') {
    if (selector.end > index.codePointLength) {
      throw unanchorable(`The position is outside the article (it has ${index.codePointLength} characters).`, 'out_of_range');
    }
    const start = index.toUtf16(selector.start);
    const end = index.toUtf16(selector.end);
    if (input.exact !== undefined && text.slice(start, end) !== input.exact) {
      throw unanchorable('The text at that position does not match the quote.', 'mismatch');
    }
    return { start, end };
  }
  const found = locateQuote(text, selector);
  if (found.ok) return { start: found.start, end: found.end };
  if (found.reason === 'ambiguous') {
    throw unanchorable(
      `The quote appears ${found.count} times in the article; add a prefix or suffix to say which one.`,
      'ambiguous',
    );
  }
  throw unanchorable('The quote does not appear in the article.', found.reason);
}

export async function createClaim(actor: Actor, articleId: string, input: CreateClaimInput): Promise<ClaimDto> {
  requirePermission(actor, 'claim.create');
  const version = await requireLatestVersion(actor, articleId);

  const { start, end } = rangeOf(version.text, input);
  const described = describeRange(version.text, start, end);
  if (!described.ok) throw unanchorable(described.message, described.reason);
  const { quote, position } = described;

  const row = await db.$transaction(async (tx) => {
    const created = await tx.claim.create({
      data: {
        workspaceId: actor.workspaceId,
        articleId,
        articleVersionId: version.id,
        start: position.start,
        end: position.end,
        exact: quote.exact,
        prefix: quote.prefix,
        suffix: quote.suffix,
        statement: input.statement ?? '',
        similarityKey: searchKey(input.statement || quote.exact),
        claimant: input.claimant ?? '',
        createdById: actor.userId,
      },
      select: claimSelect,
    });
    await recordClaimEvents(tx, actor, created.id, 'created', [{ field: 'quote', from: null, to: quote.exact }]);
    return created;
  });
  return toClaimDto(row, await userNames(claimUserIds(row)));
}
