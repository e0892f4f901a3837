import { answerVerdictPermalink } from '../../../../public-page-answer';

// A published verdict's permalink (decision 044): public while the workspace's public pages are
// on, read per request like a share link's page (decision 032), never cached by Next.
export const dynamic = 'force-dynamic';

export function GET(request: Request, route: { params: Promise<{ slug: string; claimId: string }> }): Promise<Response> {
  return answerVerdictPermalink(request, route);
}
