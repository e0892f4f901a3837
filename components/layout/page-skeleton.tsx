/**
 * Shown while a signed-in page loads its data on the server: each section's `loading.tsx` re-exports it.
 * The article page has none (decision 043): its text must be in the first HTML, not revealed later.
 */
export function PageSkeleton() {
  return (
    <div className="mx-auto max-w-5xl animate-pulse px-4 py-8" role="status" aria-live="polite">
      <span className="sr-only">Loading…</span>
      <div className="mb-6 h-8 w-48 rounded bg-stone-200" />
      <div className="space-y-3">
        <div className="h-20 rounded-xl bg-stone-200/70" />
        <div className="h-20 rounded-xl bg-stone-200/70" />
        <div className="h-20 rounded-xl bg-stone-200/70" />
      </div>
    </div>
  );
}
