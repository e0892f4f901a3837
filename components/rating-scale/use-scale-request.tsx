'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, apiFetch } from '@/lib/queries/api-client';

export type Failure = { message: string; fields: Record<string, string[]> } | null;

function failureOf(error: unknown): Failure {
  if (error instanceof ApiError) return { message: error.message, fields: error.fields ?? {} };
  return { message: 'Something went wrong; nothing was changed.', fields: {} };
}

/** Runs one request and refreshes the page's data; a failure is shown where it happened. */
export function useScaleRequest() {
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const run = async (path: string, method: string, body?: unknown): Promise<boolean> => {
    setPending(true);
    setFailure(null);
    try {
      await apiFetch(path, { method, body });
      router.refresh();
      return true;
    } catch (error) {
      setFailure(failureOf(error));
      return false;
    } finally {
      setPending(false);
    }
  };
  return { pending, failure, setFailure, run };
}

export function Alert({ failure }: { failure: Failure }) {
  if (!failure) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      Not saved: {failure.message}
    </p>
  );
}
