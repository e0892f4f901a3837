'use client';

import { useState, useTransition } from 'react';
import { retryJobAction } from '@/app/(app)/settings/jobs/actions';
import { Button } from '@/components/ui/button';

export function RetryJobButton({ jobId, label }: { jobId: string; label: string }) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string>();
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        type="button"
        disabled={pending}
        aria-label={`Retry ${label}`}
        onClick={() => start(async () => setError((await retryJobAction(jobId)).error))}
      >
        {pending ? 'Retrying…' : 'Retry'}
      </Button>
      {error && (
        <span role="alert" className="text-xs text-red-800">
          {error}
        </span>
      )}
    </span>
  );
}
