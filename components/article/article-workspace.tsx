'use client';

import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { ArticleDto } from '@/lib/validations/article';
import type { ClaimDto, CreateClaimInput } from '@/lib/validations/claim';
import { claimKeys, claimListOptions, LIVE_POLL_MS, ratingScaleOptions } from '@/lib/queries/claims';
import { useCreateClaim } from '@/lib/queries/use-claim-mutations';
import { createOffsetIndex } from '@/lib/core/anchoring/code-points';
import { scaleBounds, verdictPaint } from '@/lib/core/rating-scale/rating-scale';
import { ClaimList } from '@/components/claims/claim-list';
import type { ClaimPermissions, ClaimReviewContext } from '@/components/claims/claim-panel';
import { ClaimPanel, OrphanedClaims, ReattachBar, SuggestedClaims } from './lazy-panels';
import { ArticleReader, type ReaderBlock } from './article-reader';
import { MarkClaimButton } from './mark-claim-button';
import { ImportAnnotations } from './import-annotations';
import { useTextSelection } from './use-text-selection';
import { useHydrated } from '@/components/ui/use-hydrated';
import { useWorkspaceShortcuts } from './use-workspace-shortcuts';
import { useArticleSuggestions } from './use-article-suggestions';
import { useReattachClaim } from '@/lib/queries/versions';
import { useFollowLatestVersion } from '@/components/versions/use-follow-latest-version';
import { useToast } from '@/components/ui/toast';
import { useRevealItem } from './use-reveal-item';
import type { RevealedItem } from './revealed-item';

type ArticleWorkspaceProps = {
  article: ArticleDto;
  permissions: ClaimPermissions & { canCreate: boolean };
  initialClaimId: string | null;
  /** An evidence item or comment of the initial claim to scroll to (a search result's link). */
  revealItem?: RevealedItem | null;
  review: ClaimReviewContext;
  /**
   * The title, provenance and version bar (components/article/article-header.tsx), rendered by the
   * page on the server: its menus and the header's own code stay out of this bundle (decision 043).
   */
  header: React.ReactNode;
};

/** Scrolls the first highlight of a claim into the middle of the screen, unless it is in view. */
function revealClaim(claimId: string, behavior: ScrollBehavior = 'smooth') {
  const mark = document.querySelector(`[data-claim-ids~="${CSS.escape(claimId)}"]`);
  if (!mark) return;
  const { top, bottom } = mark.getBoundingClientRect();
  if (top >= 0 && bottom <= window.innerHeight) return;
  // Far away it jumps: paragraphs off screen take their real height only as they come near
  // (content-visibility, decision 043), so a smooth scroll past many of them would stop short.
  const far = Math.abs(top) > 2 * window.innerHeight;
  const still = far || window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  mark.scrollIntoView({ block: 'center', behavior: still ? 'auto' : behavior });
}

/** The review screen: claims beside the article, the chosen claim's panel on the side. */
export function ArticleWorkspace({ article, permissions, initialClaimId, revealItem = null, review, header }: ArticleWorkspaceProps) {
  const queryClient = useQueryClient();
  // Live: teammates' changes arrive by polling (a 304 when nothing changed), paused while one of
  // our own saves is on its way so that a poll cannot briefly undo it on screen.
  const { data: claims = [], isSuccess: claimsLoaded } = useQuery({
    ...claimListOptions(article.id),
    refetchInterval: () => (queryClient.isMutating() > 0 ? false : LIVE_POLL_MS),
  });
  const { data: ratings = [] } = useQuery(ratingScaleOptions());
  const [activeId, setActiveId] = useState<string | null>(initialClaimId);
  const readerRef = useRef<HTMLDivElement>(null);
  const { selection, clear } = useTextSelection(readerRef);
  // Set once the page is interactive (the selection listener above is attached by then): the
  // server-rendered text can be read before, but marking needs this script.
  const interactive = useHydrated();
  const create = useCreateClaim(article.id, useToast().show);
  // Versions: claims that lost their place are listed apart and can be re-attached to a selection.
  const [reattachingId, setReattachingId] = useState<string | null>(null);
  const reattach = useReattachClaim(article.id);
  const anchored = useMemo(() => claims.filter((c) => c.anchorState === 'anchored'), [claims]);
  const orphans = useMemo(() => claims.filter((c) => c.anchorState === 'orphaned'), [claims]);
  const reattaching = orphans.find((c) => c.id === reattachingId) ?? null;
  useFollowLatestVersion(claims, article.version.id);

  // Offsets arrive in code points (the API's unit) and are converted once for the DOM.
  const index = useMemo(() => createOffsetIndex(article.text), [article.text]);
  const blocks = useMemo<ReaderBlock[]>(
    () =>
      article.blocks.map((b) => ({
        type: b.type,
        ordered: b.ordered,
        start: index.toUtf16(b.start),
        end: index.toUtf16(b.end),
        links: (b.links ?? []).map((l) => ({ start: index.toUtf16(l.start), end: index.toUtf16(l.end), href: l.href })),
      })),
    [article.blocks, index],
  );
  const ranges = useMemo(
    () =>
      claims
        // Offsets are only meaningful on the version they were made for (see useFollowLatestVersion).
        .filter((c) => c.anchorState === 'anchored' && c.articleVersionId === article.version.id)
        .map((c) => ({ id: c.id, start: index.toUtf16(c.start), end: index.toUtf16(c.end) })),
    [claims, index, article.version.id],
  );
  const paints = useMemo(() => {
    const bounds = scaleBounds(ratings);
    const colors = new Map(ratings.map((r) => [r.key, r.color ?? null]));
    return new Map(claims.map((c) => [c.id, verdictPaint(c.verdict, bounds, colors)]));
  }, [claims, ratings]);
  // While text is selected the reader keeps what it shows: a paragraph rewritten under it (a
  // teammate's verdict arriving, a claim opened; decision 043) would drop the selection.
  const live = useMemo(() => ({ ranges, paints, activeId }), [ranges, paints, activeId]);
  const [held, setHeld] = useState(live);
  if (!selection && held !== live) setHeld(live);
  const shown = selection ? held : live;
  const active = claims.find((c) => c.id === activeId) ?? null;
  const activeVanished = claimsLoaded && activeId !== null && active === null;

  // A teammate's change to the open claim shows in its history too.
  const activeVersion = active?.version;
  useEffect(() => {
    if (activeId && activeVersion !== undefined) void queryClient.invalidateQueries({ queryKey: claimKeys.history(activeId) });
  }, [activeId, activeVersion, queryClient]);

  const select = useCallback((claimId: string | null) => {
    setActiveId(claimId);
    const url = new URL(window.location.href);
    if (claimId) url.searchParams.set('claim', claimId);
    else url.searchParams.delete('claim');
    // The item a link pointed at belongs to the claim it came with.
    url.searchParams.delete('evidence');
    url.searchParams.delete('comment');
    window.history.replaceState(null, '', url);
  }, []);

  const selectAndReveal = useCallback(
    (claimId: string) => {
      select(claimId);
      revealClaim(claimId);
    },
    [select],
  );

  useEffect(() => {
    if (initialClaimId) revealClaim(initialClaimId, 'auto');
  }, [initialClaimId]);
  useRevealItem(revealItem);

  const mark = useCallback(() => {
    if (!selection || !permissions.canCreate) return;
    const exact = article.text.slice(selection.start, selection.end);
    create.mutate(
      {
        selector: { type: 'TextPositionSelector', start: index.toCodePoint(selection.start), end: index.toCodePoint(selection.end, 'end') },
        exact,
      },
      { onSuccess: (claim) => select(claim.id) },
    );
    clear();
  }, [selection, permissions.canCreate, article.text, create, index, select, clear]);

  const attach = useCallback(() => {
    if (!selection || !reattaching) return;
    const input = {
      selector: { type: 'TextPositionSelector' as const, start: index.toCodePoint(selection.start), end: index.toCodePoint(selection.end, 'end') },
      exact: article.text.slice(selection.start, selection.end),
      version: reattaching.version,
    };
    reattach.mutate({ claimId: reattaching.id, input }, { onSuccess: (claim) => { setReattachingId(null); select(claim.id); } });
    clear();
  }, [selection, reattaching, index, article.text, reattach, select, clear]);

  const toUtf16 = useCallback((codePoint: number) => index.toUtf16(codePoint), [index]);
  const createFrom = useCallback(
    (input: CreateClaimInput, onCreated: (claim: ClaimDto) => void) => create.mutate(input, { onSuccess: onCreated }),
    [create],
  );
  const suggested = useArticleSuggestions({ articleId: article.id, enabled: permissions.canCreate, readerRef, toUtf16, create: createFrom });
  const { current: chosenSuggestion, accept: acceptSuggestion } = suggested;
  const acceptChosen = useCallback(() => {
    if (chosenSuggestion !== null) acceptSuggestion(chosenSuggestion, (claim) => select(claim.id));
  }, [chosenSuggestion, acceptSuggestion, select]);

  const close = useCallback(() => select(null), [select]);
  const markKey = selection && !reattaching ? mark : chosenSuggestion !== null && !reattaching ? acceptChosen : null;
  useWorkspaceShortcuts({ claims, activeId, select: selectAndReveal, close, mark: markKey, nextSuggestion: suggested.next });

  return (
    <div className="mx-auto grid max-w-[1600px] gap-6 px-4 py-6 lg:grid-cols-[17rem_minmax(0,1fr)] xl:grid-cols-[17rem_minmax(0,1fr)_26rem]">
      {/* The article comes first in the HTML (its title, then its text): a phone paints it first
          and nothing moves when the claims column arrives below it. On a wide screen each column
          has its own cell, so the article keeps its place while the claims column is still being
          parsed (placed by order alone, it took the first, narrow cell until the column arrived
          and then jumped: a layout shift on long articles). Decision 043. */}
      <article className="rounded-xl border border-stone-200 bg-white px-6 py-8 shadow-sm sm:px-10 lg:col-start-2 lg:row-start-1">
        {header}
        {reattaching && (
          <ReattachBar
            exact={reattaching.exact}
            hasSelection={selection !== null}
            pending={reattach.isPending}
            error={reattach.error?.message ?? null}
            onConfirm={attach}
            onCancel={() => setReattachingId(null)}
          />
        )}
        <div ref={readerRef} data-interactive={interactive || undefined} className="relative mx-auto max-w-[68ch]">
          <ArticleReader
            text={article.text}
            blocks={blocks}
            claims={shown.ranges}
            paints={shown.paints}
            activeId={shown.activeId}
            onSelectClaim={select}
            direction={article.direction}
            language={article.language}
          />
          {selection && permissions.canCreate && !reattaching && <MarkClaimButton anchor={selection.anchor} pending={create.isPending} onMark={mark} />}
        </div>
      </article>
      <aside aria-label="Claims" className="lg:col-start-1 lg:row-start-1 lg:sticky lg:top-4 lg:max-h-[calc(100vh-2rem)] lg:self-start lg:overflow-y-auto">
        <h2 className="mb-3 text-sm font-semibold text-stone-800">
          Claims <span className="font-normal text-stone-600">({claims.length})</span>
        </h2>
        {(anchored.length > 0 || orphans.length === 0) && <ClaimList claims={anchored} activeId={activeId} paints={paints} onSelect={selectAndReveal} />}
        <OrphanedClaims
          articleId={article.id}
          onAttached={select}
          orphans={orphans}
          activeId={activeId}
          reattachingId={reattachingId}
          canReattach={permissions.canEdit}
          canReattachPublished={permissions.canPublish}
          onSelect={select}
          onReattach={(claimId) => {
            reattach.reset();
            setReattachingId(claimId);
          }}
        />
        <p className="mt-4 text-xs text-stone-600">
          Shortcuts: <kbd>M</kbd> mark the selection · <kbd>J</kbd>/<kbd>K</kbd> next/previous claim · <kbd>N</kbd> next suggestion · <kbd>Esc</kbd> close
        </p>
        <SuggestedClaims
          suggestions={suggested.suggestions}
          current={suggested.current}
          pending={create.isPending || suggested.dismissing}
          onChoose={suggested.choose}
          onAccept={acceptChosen}
          onDismiss={suggested.dismiss}
        />
        {permissions.canCreate && <ImportAnnotations articleId={article.id} />}
      </aside>
      <aside
        aria-label="Claim details"
        className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm lg:col-start-1 lg:row-start-2 xl:col-start-3 xl:row-start-1 xl:sticky xl:top-4 xl:max-h-[calc(100vh-2rem)] xl:self-start xl:overflow-y-auto"
      >
        {active ? (
          <ClaimPanel key={active.id} articleId={article.id} claim={active} ratings={ratings} permissions={permissions} review={review} onClose={close} />
        ) : activeVanished ? (
          <div role="status" className="text-sm text-stone-700">
            <h2 className="mb-2 text-base font-semibold text-stone-900">This claim is gone</h2>
            <p>It was deleted, perhaps by a teammate a moment ago. Its history is kept; an editor can restore it.</p>
          </div>
        ) : (
          <div className="text-sm text-stone-700">
            <h2 className="mb-2 text-base font-semibold text-stone-900">No claim selected</h2>
            <p>Click a highlight or a claim in the list to work on it, or select text in the article to mark a new claim.</p>
          </div>
        )}
      </aside>
    </div>
  );
}
