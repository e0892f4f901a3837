import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { getArticle } from '@/lib/server/articles/get-article';
import { buildReviewReport } from '@/lib/server/exports/build-review-report';
import { ReviewReportDocument } from '@/components/report/review-report';
import { REPORT_CSS } from '@/lib/core/exports/report-styles';
import { idSchema } from '@/lib/validations/common';

type Props = { params: Promise<{ articleId: string }>; searchParams: Promise<{ scope?: string; internal?: string }> };

export const metadata: Metadata = { title: 'Review report' };

/** The review report as a page a colleague can read or print (the PDF prints the same markup). */
export default async function ReportPage({ params, searchParams }: Props) {
  const actor = await requirePageActor();
  const id = idSchema.safeParse((await params).articleId);
  if (!id.success || !(await getArticle(actor, id.data))) notFound();
  const articleId = id.data;
  const { scope, internal } = await searchParams;
  const report = await buildReviewReport(actor, articleId, { onlyPublished: scope !== 'all', includeInternal: internal === '1' });
  return (
    <div className="bg-white px-6 py-10">
      <style>{REPORT_CSS}</style>
      <ReviewReportDocument report={report} />
    </div>
  );
}
