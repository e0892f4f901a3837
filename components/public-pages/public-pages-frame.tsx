import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';

/** The frame of a workspace's public methodology and corrections pages: no app chrome, no script. */
export function PublicPagesFrame({ workspaceName, slug, current, children }: {
  workspaceName: string;
  slug: string;
  current: 'methodology' | 'corrections';
  children: React.ReactNode;
}) {
  const paths = publicPagePaths(slug);
  return (
    <div className="min-h-screen bg-stone-50">
      <header className="border-b border-stone-200 bg-white">
        <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-4 px-4 py-3">
          <p className="text-sm font-semibold text-stone-900">{workspaceName}</p>
          <nav aria-label="Public pages">
            <ul className="flex gap-4 text-sm">
              <li>
                <a href={paths.methodology} aria-current={current === 'methodology' ? 'page' : undefined} className="text-blue-800 underline">
                  Methodology
                </a>
              </li>
              <li>
                <a href={paths.corrections} aria-current={current === 'corrections' ? 'page' : undefined} className="text-blue-800 underline">
                  Corrections
                </a>
              </li>
            </ul>
          </nav>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-3xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-3xl px-4 pb-10 text-xs text-stone-700">Published by {workspaceName} with Factdesk.</footer>
    </div>
  );
}
