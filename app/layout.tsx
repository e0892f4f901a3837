import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import { ZodWithoutEval } from '@/components/zod-without-eval';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Factdesk', template: '%s · Factdesk' },
  description: 'Review the claims of published articles: anchor, research, verify and publish.',
};

export const viewport: Viewport = { themeColor: '#1c1917' };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page is rendered per request, so that its scripts carry that response's nonce (proxy.ts,
  // decision 019): a page prerendered at build time would carry none, and its scripts would be
  // refused. Only the not-found page was static; the others read the session anyway.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">
        <ZodWithoutEval />
        {children}
      </body>
    </html>
  );
}
