'use client';

import { Button } from '@/components/ui/button';

type ReattachBarProps = {
  exact: string;
  hasSelection: boolean;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
};

/** Shown while an orphan is being re-attached: says what to do and confirms the chosen text. */
export function ReattachBar({ exact, hasSelection, pending, error, onConfirm, onCancel }: ReattachBarProps) {
  return (
    <div role="region" aria-label="Re-attach a claim" className="sticky top-2 z-30 mx-auto mb-4 max-w-[68ch] rounded-lg border border-amber-400 bg-amber-50 p-3 font-sans text-sm shadow">
      <p className="text-amber-950">
        Re-attaching “<span className="font-medium">{exact.length > 120 ? `${exact.slice(0, 120)}…` : exact}</span>”.{' '}
        {hasSelection ? 'Attach it to the selected text?' : 'Select the text in the article it is about now.'}
      </p>
      {error && (
        <p role="alert" className="mt-1 text-red-700">
          {error}
        </p>
      )}
      <div className="mt-2 flex gap-2">
        <Button size="sm" onMouseDown={(event) => event.preventDefault()} onClick={onConfirm} disabled={!hasSelection || pending}>
          {pending ? 'Attaching…' : 'Attach here'}
        </Button>
        <Button size="sm" variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </div>
  );
}
