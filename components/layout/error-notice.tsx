'use client';

import { startTransition } from 'react';
import { useRouter } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { DATABASE_UNAVAILABLE_DIGEST } from '@/lib/errors';

/**
 * What an error boundary shows: plain words and a way to try again. A database outage is told
 * as what it is (the server marks it with a digest, lib/server/db/database-trouble.ts); any
 * other failure stays generic, its details in the server log.
 */
export function ErrorNotice({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const outage = error.digest === DATABASE_UNAVAILABLE_DIGEST;
  // A server component's error is only cleared by rendering it again on the server.
  const retry = () =>
    startTransition(() => {
      router.refresh();
      reset();
    });
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center" role="alert">
      <h1 className="text-xl font-semibold">{outage ? 'Factdesk can’t reach its database' : 'This page could not be shown'}</h1>
      <p className="mt-2 text-stone-700">
        {outage ? 'Nothing is lost: try again in a moment.' : 'Something went wrong on our side. Your saved work is safe; try again in a moment.'}
      </p>
      <Button className="mt-6" onClick={retry}>
        Try again
      </Button>
    </div>
  );
}
