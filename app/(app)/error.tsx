'use client';

import { Button } from '@/components/ui/button';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/errors';

/** Any unexpected failure while rendering a page: say so plainly and offer to try again. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (error.digest === DATABASE_UNAVAILABLE_DIGEST) {
    return (
      <div className="mx-auto max-w-xl px-4 py-16 text-center" role="alert">
        <h1 className="text-xl font-semibold">Factdesk can’t reach its database</h1>
        <p className="mt-2 text-stone-700">Nothing is lost: try again in a moment.</p>
        <Button className="mt-6" onClick={reset}>
          Try again
        </Button>
      </div>
    );
  }
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center" role="alert">
      <h1 className="text-xl font-semibold">This page could not be shown</h1>
      <p className="mt-2 text-stone-700">Something went wrong on our side. Your saved work is safe; try again in a moment.</p>
      <Button className="mt-6" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
