/** What a share link shows when there is no fact-check to show: gone (410), unknown (404), or an outage (503). */
export function PlainPublicPage({ heading, text }: { heading: string; text: string }) {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold text-stone-900">{heading}</h1>
      <p className="mt-3 text-stone-700">{text}</p>
    </main>
  );
}
