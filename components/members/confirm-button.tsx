'use client';

import { useState, useTransition } from 'react';
import { Button } from '@/components/ui/button';

type ConfirmButtonProps = {
  label: React.ReactNode;
  /** The question asked before acting, e.g. "Remove Ana from the workspace?" */
  question: string;
  confirmLabel: string;
  pendingLabel: string;
  onConfirm: () => Promise<{ error?: string }>;
};

/**
 * A destructive button that asks first, in place: the question and two buttons replace it, and
 * focus moves to "Cancel" so a stray Enter does not confirm. A refusal is shown next to it.
 */
export function ConfirmButton({ label, question, confirmLabel, pendingLabel, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();

  if (!asking) {
    return (
      <div className="inline-flex flex-col items-end gap-1">
        <Button variant="danger" size="sm" onClick={() => setAsking(true)}>
          {label}
        </Button>
        {error && (
          <p role="alert" className="max-w-xs text-left text-xs text-red-700">
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div role="group" aria-label={question} className="inline-flex flex-wrap items-center justify-end gap-2">
      <span className="text-sm text-stone-800">{question}</span>
      <Button
        variant="danger"
        size="sm"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await onConfirm();
            setAsking(false);
            setError(result.error);
          })
        }
      >
        {pending ? pendingLabel : confirmLabel}
      </Button>
      <Button variant="secondary" size="sm" autoFocus disabled={pending} onClick={() => setAsking(false)}>
        Cancel
      </Button>
    </div>
  );
}
