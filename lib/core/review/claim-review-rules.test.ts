import { describe, expect, it } from 'vitest';
import { decideClaimChange, publishedClaimLocked, type ClaimChangeRequest } from './claim-review-rules';

const checker = 'u-checker';
const editor = 'u-editor';

function change(overrides: Partial<ClaimChangeRequest>): ClaimChangeRequest {
  return {
    actorId: checker,
    canPublish: false,
    before: { status: 'researching', proposedById: null },
    status: 'researching',
    hasVerdict: true,
    verdictChanged: false,
    explanationChanged: false,
    publicTextChanged: false,
    ...overrides,
  };
}

describe('decideClaimChange', () => {
  it('lets a checker triage and research freely, dismissing included', () => {
    for (const status of ['to_check', 'researching', 'dismissed'] as const) {
      expect(decideClaimChange(change({ status }))).toMatchObject({ ok: true, step: 'edit' });
    }
  });

  it('makes whoever proposes a verdict its proposer, and needs a verdict to propose', () => {
    expect(decideClaimChange(change({ status: 'needs_review' }))).toMatchObject({ ok: true, step: 'propose', proposerId: checker });
    expect(decideClaimChange(change({ status: 'needs_review', hasVerdict: false }))).toMatchObject({ ok: false, code: 'unprocessable' });
  });

  it('refuses publishing to a checker', () => {
    expect(decideClaimChange(change({ status: 'published' }))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it("lets an editor approve someone else's proposal, and flags approving one's own", () => {
    const inReview = { status: 'needs_review' as const, proposedById: checker };
    expect(decideClaimChange(change({ actorId: editor, canPublish: true, before: inReview, status: 'published' }))).toEqual({
      ok: true,
      step: 'approve',
      proposerId: checker,
      selfApproval: false,
    });
    const own = { status: 'needs_review' as const, proposedById: editor };
    expect(decideClaimChange(change({ actorId: editor, canPublish: true, before: own, status: 'published' }))).toMatchObject({ selfApproval: true });
  });

  it('counts publishing without review, or with a new verdict, as approving oneself', () => {
    expect(decideClaimChange(change({ actorId: editor, canPublish: true, status: 'published' }))).toMatchObject({ selfApproval: true });
    const inReview = { status: 'needs_review' as const, proposedById: checker };
    expect(decideClaimChange(change({ actorId: editor, canPublish: true, before: inReview, status: 'published', verdictChanged: true }))).toMatchObject({
      selfApproval: true,
      proposerId: editor,
    });
  });

  it('makes whoever rewrites a proposal (verdict, explanation, statement or claimant) its proposer', () => {
    const inReview = { status: 'needs_review' as const, proposedById: checker };
    for (const edit of [{ verdictChanged: true }, { explanationChanged: true }, { publicTextChanged: true }]) {
      expect(decideClaimChange(change({ actorId: editor, canPublish: true, before: inReview, status: 'needs_review', ...edit })), JSON.stringify(edit)).toEqual({
        ok: true,
        step: 'propose',
        proposerId: editor,
        selfApproval: false,
      });
    }
    // Assigning it, or any change that leaves what a reader sees alone, keeps the proposer.
    expect(decideClaimChange(change({ actorId: editor, canPublish: true, before: inReview, status: 'needs_review' }))).toMatchObject({
      step: 'edit',
      proposerId: checker,
    });
  });

  it("counts publishing a rewritten proposal as approving one's own work", () => {
    const inReview = { status: 'needs_review' as const, proposedById: checker };
    for (const edit of [{ explanationChanged: true }, { publicTextChanged: true }]) {
      expect(decideClaimChange(change({ actorId: editor, canPublish: true, before: inReview, status: 'published', ...edit })), JSON.stringify(edit)).toEqual({
        ok: true,
        step: 'approve',
        proposerId: editor,
        selfApproval: true,
      });
    }
  });

  it('lets the proposer withdraw, sends editors to send-back, and refuses other checkers', () => {
    const inReview = { status: 'needs_review' as const, proposedById: checker };
    expect(decideClaimChange(change({ before: inReview, status: 'researching' }))).toMatchObject({ ok: true, step: 'withdraw' });
    expect(decideClaimChange(change({ actorId: editor, canPublish: true, before: inReview, status: 'researching' }))).toMatchObject({ ok: false, code: 'unprocessable' });
    expect(decideClaimChange(change({ actorId: 'u-other', before: inReview, status: 'researching' }))).toMatchObject({ ok: false, code: 'forbidden' });
  });

  it('locks a published verdict for checkers, statement included', () => {
    const published = { status: 'published' as const, proposedById: checker };
    for (const edit of [{ verdictChanged: true }, { explanationChanged: true }, { publicTextChanged: true }, { status: 'researching' as const }]) {
      expect(decideClaimChange(change({ before: published, status: 'published', ...edit }))).toMatchObject({ ok: false, code: 'forbidden' });
    }
  });

  it('makes a change to a published verdict a correction that needs a reason', () => {
    const published = { status: 'published' as const, proposedById: checker };
    const base = { actorId: editor, canPublish: true, before: published, status: 'published' as const, verdictChanged: true };
    expect(decideClaimChange(change(base))).toMatchObject({ ok: false, code: 'unprocessable', field: 'correctionReason' });
    expect(decideClaimChange(change({ ...base, correctionReason: 'New audit figures' }))).toMatchObject({ ok: true, step: 'correct' });
  });

  it('refuses a correction reason where there is nothing to correct', () => {
    expect(decideClaimChange(change({ correctionReason: 'why not' }))).toMatchObject({ ok: false, field: 'correctionReason' });
  });
});

describe('publishedClaimLocked', () => {
  it('locks the sources and place of a published verdict for members who cannot publish', () => {
    expect(publishedClaimLocked('published', false)).toBe(true);
    expect(publishedClaimLocked('published', true)).toBe(false);
    for (const status of ['to_check', 'researching', 'needs_review', 'dismissed'] as const) expect(publishedClaimLocked(status, false)).toBe(false);
  });
});
