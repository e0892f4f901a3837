import 'server-only';
import { createHash, randomBytes } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { sharedPageStamp } from './shared-page-cache';
import { readRenderedPage, storeRenderedPage, type RenderedPage } from './rendered-page-cache';

// How the proxy gets a public page's HTML to keep: it asks this same server for the page over
// loopback, marked with a per-process secret so the proxy lets that one request through to Next.
// (A proxy cannot read the body of a response it let through, so "render on the way past" is not
// possible.) The secret is random per process and never leaves it: a visitor cannot send the mark
// to skip the cache, and the HTML kept is always the answer for the very path the proxy asked for.
const holder = globalThis as unknown as { factdeskRenderSecret?: string };
const RENDER_SECRET = (holder.factdeskRenderSecret ??= randomBytes(24).toString('base64url'));
export const RENDER_HEADER = 'x-factdesk-render';

// Concurrent first views of one link share one render (of the same data entry: a view that comes
// after a correction does not wait for, nor get, the render of the data from before it).
const rendering = new Map<string, { stamp: object | undefined; page: Promise<RenderedPage | undefined> }>();

// Headers of the rendered answer that must not be replayed: they describe that one transfer, or
// are set per view by the proxy.
// The Content-Security-Policy names the render's nonce: each answer gets a policy of its own.
const DROPPED_HEADERS = new Set(['cache-control', 'connection', 'content-encoding', 'content-length', 'content-security-policy', 'date', 'etag', 'keep-alive', 'set-cookie', 'transfer-encoding']);

export function isRenderRequest(request: NextRequest): boolean {
  return request.headers.get(RENDER_HEADER) === RENDER_SECRET;
}

/**
 * Only a plain page view is answered from the cache: not a client-side navigation's RSC payload,
 * a prefetch or a server action, which Next answers differently for the same path.
 */
export function isPlainPageView(request: NextRequest): boolean {
  if (request.method !== 'GET') return false;
  if (request.nextUrl.searchParams.has('_rsc')) return false;
  return !['rsc', 'next-router-prefetch', 'next-router-state-tree', 'next-action'].some((name) => request.headers.has(name));
}

/** The page's HTML from memory, rendered once per data entry. Undefined: let Next answer. */
export async function renderedPublicPage(tokenHash: string, pathname: string): Promise<RenderedPage | undefined> {
  const cached = readRenderedPage(tokenHash);
  if (cached) return cached;
  const stamp = sharedPageStamp(tokenHash);
  const pending = rendering.get(tokenHash);
  if (pending && pending.stamp === stamp) return pending.page;
  const render = {
    stamp,
    page: renderOverLoopback(pathname).then((page) => {
      if (page) storeRenderedPage(tokenHash, stamp, page);
      if (rendering.get(tokenHash) === render) rendering.delete(tokenHash);
      return page;
    }),
  };
  rendering.set(tokenHash, render);
  return render.page;
}

async function renderOverLoopback(pathname: string): Promise<RenderedPage | undefined> {
  const port = process.env.PORT;
  if (!port) return undefined;
  try {
    const response = await fetch(`http://127.0.0.1:${port}${pathname}`, {
      headers: { [RENDER_HEADER]: RENDER_SECRET, accept: 'text/html' },
      redirect: 'manual',
      signal: AbortSignal.timeout(10_000),
    });
    const body = await response.text();
    if (response.status !== 200 || !response.headers.get('content-type')?.startsWith('text/html')) return undefined;
    const headers = [...response.headers].filter(([name]) => !DROPPED_HEADERS.has(name) && !name.startsWith('x-nextjs'));
    const nonce = /'nonce-([\w+/=-]+)'/.exec(response.headers.get('content-security-policy') ?? '')?.[1];
    // Weak: the bytes of each answer differ by their nonce, the page does not.
    return { body, nonce, etag: `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`, headers };
  } catch {
    // Not listening on loopback (bound to one address only) or too slow: Next renders each view.
    return undefined;
  }
}

/**
 * The kept page with this answer's nonce in place of the render's. The render's nonce is 128
 * random bits, so it stands nowhere else in the page; a page kept without one has no script
 * that could carry it.
 */
export function withNonce(page: RenderedPage, nonce: string): string {
  return page.nonce ? page.body.replaceAll(page.nonce, nonce) : page.body;
}

/** Whether the client's copy (If-None-Match) is this one. */
export function clientHasPage(request: NextRequest, etag: string): boolean {
  const header = request.headers.get('if-none-match');
  if (!header) return false;
  return header.split(',').some((tag) => {
    const value = tag.trim();
    return value === '*' || value.replace(/^W\//, '') === etag.replace(/^W\//, '');
  });
}
