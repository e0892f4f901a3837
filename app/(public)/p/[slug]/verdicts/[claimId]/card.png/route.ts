import { answerVerdictPermalinkCard } from '../../../../../public-page-answer';

/** The permalink's preview image (og:image, twitter:image), under the page's own rules (decision 044). */
export const dynamic = 'force-dynamic';

export function GET(request: Request, route: { params: Promise<{ slug: string; claimId: string }> }): Promise<Response> {
  return answerVerdictPermalinkCard(request, route);
}
