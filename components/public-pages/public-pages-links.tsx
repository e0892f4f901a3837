import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';

/**
 * The links a public verdict page or review shows to its workspace's methodology and corrections
 * log, only while an admin has them public (decision 040). Reads one value: the workspace's
 * public slug while enabled (null otherwise).
 */
export function PublicPagesLinks({ slug }: { slug: string | null | undefined }) {
  if (!slug) return null;
  const paths = publicPagePaths(slug);
  return (
    <nav aria-label="How we work" className="mt-2 flex gap-4">
      <a href={paths.methodology} className="text-blue-800 underline">
        Our methodology
      </a>
      <a href={paths.corrections} className="text-blue-800 underline">
        Corrections log
      </a>
    </nav>
  );
}
