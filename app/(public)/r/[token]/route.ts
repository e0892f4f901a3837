import { answerPublicPage } from '../../public-page-answer';

// An article's public review, for anyone holding the link (decision 032). Never cached by Next:
// read per request, its token never written anywhere.
export const dynamic = 'force-dynamic';

export function GET(request: Request, route: { params: Promise<{ token: string }> }): Promise<Response> {
  return answerPublicPage(request, route, 'article');
}
