import { answerMethodology, type Route } from '../../public-pages-answer';

// A workspace's public pages (decision 040): read per request, never cached by Next.
export const dynamic = 'force-dynamic';

export function GET(request: Request, route: Route): Promise<Response> {
  return answerMethodology(request, route, 'json');
}
