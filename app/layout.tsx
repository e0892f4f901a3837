import type { Metadata, Viewport } from 'next';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Factdesk', template: '%s · Factdesk' },
  description: 'Review the claims of published articles: anchor, research, verify and publish.',
};

export const viewport: Viewport = { themeColor: '#1c1917' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
