/** What a revoked or expired link shows (with status 410). */
export function LinkGone() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-stone-900">This link is no longer available</h1>
      <p className="mt-3 text-stone-700">
        The fact-check it pointed to was withdrawn by its publisher, or the link has expired. If someone sent it to you, ask them for a
        new link.
      </p>
    </main>
  );
}
