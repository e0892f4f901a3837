import type { PublicPageHead } from '@/lib/server/share-links/shared-page-metadata';
import { PUBLIC_PAGE_CSS } from './public-page-styles.generated';

/**
 * A whole public page as one self-contained document (decision 032): its head (title, card tags)
 * and the stylesheet inlined, no script and nothing else to fetch. Rendered to static HTML by the
 * share routes, outside Next's pages, so every reader gets the same bytes.
 */
export function PublicPageDocument({ head, children }: { head: PublicPageHead; children: React.ReactNode }) {
  return (
    <html lang="en">
      {/* eslint-disable-next-line @next/next/no-head-element -- a whole document, rendered outside Next's pages */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="theme-color" content="#1c1917" />
        <title>{head.title}</title>
        {head.description && <meta name="description" content={head.description} />}
        {head.robots && <meta name="robots" content={head.robots} />}
        {head.canonical && <link rel="canonical" href={head.canonical} />}
        {head.tags.map(([key, content], i) =>
          key.startsWith('og:') ? <meta key={i} property={key} content={content} /> : <meta key={i} name={key} content={content} />,
        )}
        <style dangerouslySetInnerHTML={{ __html: PUBLIC_PAGE_CSS }} />
      </head>
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
