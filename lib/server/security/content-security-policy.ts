// The Content-Security-Policy of every HTML page (decision 019). Scripts run only with the
// response's nonce (Next puts it on its own script tags, read back from the request's policy
// header that proxy.ts sets) or when such a script loads them ('strict-dynamic'); an injected
// <script>, inline handler or javascript: link does not run. 'self' is only a fallback for
// browsers without 'strict-dynamic', which ignore it otherwise.
//
// style-src keeps 'unsafe-inline': React's style attributes (the reader's highlight layer, the
// progress bars) cannot carry a nonce, and a policy with a nonce for styles would forbid them.
// Injected CSS cannot run code, and React escapes the text that could carry it.
import { randomBytes } from 'node:crypto';

export const CSP_HEADER = 'Content-Security-Policy';

/** 128 random bits, fresh for every response. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

export function contentSecurityPolicy(nonce: string, options: { dev?: boolean } = {}): string {
  return [
    "default-src 'self'",
    // Development only: React rebuilds server error stacks in the browser with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/**
 * For HTML that is not ours (an article's page as fetched, downloaded from the API): should a
 * browser ever show it, it runs in a sandbox (a unique origin, no scripts, no forms) and loads
 * nothing from anywhere.
 */
export const FOREIGN_HTML_POLICY = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'";
