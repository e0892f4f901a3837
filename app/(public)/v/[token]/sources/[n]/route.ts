import { answerPublicArchivedCopy } from '../../../../public-archived-copy-answer';

// The archived copy of a published verdict's n-th source (decision 038), for anyone holding the
// verdict's link. Read per request, like the verdict page (decision 032).
export const dynamic = 'force-dynamic';

export function GET(request: Request, route: { params: Promise<{ token: string; n: string }> }): Promise<Response> {
  return answerPublicArchivedCopy(request, route);
}
