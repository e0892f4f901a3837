import type { ReportWorkspace } from '@/lib/core/exports';

/** The review report's line linking to the workspace's public methodology and corrections log (decision 040). */
export function ReportPublicPagesLinks({ pages }: { pages: ReportWorkspace['publicPages'] }) {
  if (!pages) return null;
  return (
    <p>
      How we work: <a href={pages.methodologyUrl}>methodology</a> · <a href={pages.correctionsUrl}>corrections log</a>
    </p>
  );
}
