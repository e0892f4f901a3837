import { answerPermalinkArchivedCopy } from '../../../../../../public-archived-copy-answer';

// The archived copy of a published verdict's n-th source (decision 038) under its permalink
// (decision 044). Read per request, like the verdict page (decision 032).
export const dynamic = 'force-dynamic';

export function GET(request: Request, route: { params: Promise<{ slug: string; claimId: string; n: string }> }): Promise<Response> {
  return answerPermalinkArchivedCopy(request, route);
}
