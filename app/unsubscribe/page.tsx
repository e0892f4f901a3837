import type { Metadata } from 'next';
import Link from 'next/link';
import { readUnsubscribeToken, type UnsubscribeScope } from '@/lib/server/notifications/unsubscribe-token';
import { kindLabels } from '@/lib/core/notifications/notification-kinds';
import { buttonClass } from '@/components/ui/button';

// The token is in the query: no Referer may carry it off, and no search engine keeps the page.
export const metadata: Metadata = { title: 'Unsubscribe', robots: { index: false }, referrer: 'same-origin' };

const what = (scope: UnsubscribeScope) => (scope === 'digest' ? 'the daily digest' : `emails when: ${kindLabels[scope].toLowerCase()}`);

type SearchParams = Promise<{ token?: string; done?: string }>;

/** Where an email's unsubscribe link leads: one button, no sign-in (the link's signature is the proof). */
export default async function UnsubscribePage({ searchParams }: { searchParams: SearchParams }) {
  const { token, done } = await searchParams;
  const scope = token ? readUnsubscribeToken(token)?.scope : undefined;
  const doneScope = done && (done === 'digest' || done in kindLabels) ? (done as UnsubscribeScope) : undefined;
  return (
    <main className="flex min-h-screen flex-col items-center justify-center px-4 py-12">
      <Link href="/" className="mb-8 text-2xl font-bold tracking-tight text-stone-900">
        Factdesk
      </Link>
      <div className="w-full max-w-md space-y-4 rounded-xl border border-stone-200 bg-white p-6 shadow-sm">
        {doneScope ? (
          <>
            <h1 className="text-xl font-semibold">Unsubscribed</h1>
            <p className="text-sm text-stone-700">You will no longer get {what(doneScope)}. Notifications still arrive in the app.</p>
          </>
        ) : scope && token ? (
          <form method="post" action={`/api/unsubscribe?token=${encodeURIComponent(token)}&from=page`} className="space-y-4">
            <h1 className="text-xl font-semibold">Stop these emails?</h1>
            <p className="text-sm text-stone-700">You will no longer get {what(scope)}. Notifications still arrive in the app.</p>
            <button type="submit" className={buttonClass()}>
              Unsubscribe
            </button>
          </form>
        ) : (
          <>
            <h1 className="text-xl font-semibold">This unsubscribe link is not valid</h1>
            <p className="text-sm text-stone-700">Sign in and choose your emails in Settings → Notifications.</p>
          </>
        )}
        <Link href="/settings/notifications" className="block text-sm text-stone-700 underline underline-offset-2">
          All email settings (sign in)
        </Link>
      </div>
    </main>
  );
}
