import { PublicPagesLinks } from '@/components/public-pages/public-pages-links';

/** The frame of a public page: the publishing workspace's name, the content, a plain footer. No app chrome. */
export function PublicPageShell({ workspaceName, publicSlug, children }: { workspaceName: string; publicSlug?: string | null; children: React.ReactNode }) {
  return (
    <div className="min-h-screen bg-stone-50">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-3xl items-center justify-between gap-4 px-4 py-3">
          <p className="text-sm font-semibold text-stone-900">{workspaceName}</p>
          <p className="text-xs text-stone-700">Fact-check</p>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-3xl px-4 pb-10 text-xs text-stone-700">
        Published by {workspaceName} with Factdesk.
        <PublicPagesLinks slug={publicSlug} />
      </footer>
    </div>
  );
}
