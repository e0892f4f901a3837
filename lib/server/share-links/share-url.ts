import 'server-only';
import type { ShareKindValue } from '@/lib/validations/share-link';

/** `/v/{token}` shows one verdict, `/r/{token}` an article's review. */
export function sharePath(kind: ShareKindValue, token: string): string {
  return `/${kind === 'claim' ? 'v' : 'r'}/${token}`;
}

export function shareUrl(origin: string, kind: ShareKindValue, token: string): string {
  return `${origin}${sharePath(kind, token)}`;
}
