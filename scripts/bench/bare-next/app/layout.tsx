// No providers, no client components, no stylesheet: what every App Router page ships and runs
// before any code of Factdesk's.
export const metadata = { title: 'Next.js alone' };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body style={{ fontFamily: 'serif', maxWidth: '68ch', margin: '0 auto', padding: 16, lineHeight: 1.6 }}>{children}</body>
    </html>
  );
}
