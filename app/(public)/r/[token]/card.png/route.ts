import { answerShareCard } from '../../../public-page-answer';

/** The link's preview image (og:image, twitter:image), under the page's own rules (decision 032). */
export const dynamic = 'force-dynamic';

export function GET(request: Request, route: { params: Promise<{ token: string }> }): Promise<Response> {
  return answerShareCard(request, route, 'article');
}
