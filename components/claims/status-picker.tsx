'use client';

import { clsx } from 'clsx';
import { claimStatuses, claimStatusLabels, type ClaimStatusValue } from '@/lib/validations/claim-values';

type StatusPickerProps = {
  value: ClaimStatusValue;
  onChange: (status: ClaimStatusValue) => void;
  disabled?: boolean;
};

// Review and publication are decisions with their own buttons (ReviewActions), never a click on
// a status pill: the review gate decides who may take them.
const reviewStatuses: readonly ClaimStatusValue[] = ['needs_review', 'published'];

/** The workflow status as a row of radio buttons: where the claim is, not what it is rated. */
export function StatusPicker({ value, onChange, disabled }: StatusPickerProps) {
  const inReview = reviewStatuses.includes(value);
  return (
    <fieldset disabled={disabled || inReview} aria-describedby={inReview ? 'status-in-review' : undefined}>
      <legend className="mb-1 block text-xs font-semibold uppercase tracking-wide text-stone-700">Status</legend>
      <div className="flex flex-wrap gap-1.5">
        {claimStatuses.map((status) => {
          const locked = reviewStatuses.includes(status);
          return (
            <label
              key={status}
              className={clsx(
                'relative cursor-pointer rounded-full border px-3 py-1 text-xs font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-600',
                value === status ? 'border-stone-900 bg-stone-900 text-white' : 'border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
                (locked || inReview) && value !== status && 'cursor-not-allowed opacity-60',
              )}
              title={locked ? 'Use the review buttons below' : undefined}
            >
              <input
                type="radio"
                name="claim-status"
                className="sr-only"
                value={status}
                checked={value === status}
                disabled={locked}
                onChange={() => onChange(status)}
              />
              {claimStatusLabels[status]}
            </label>
          );
        })}
      </div>
      {inReview && (
        <p id="status-in-review" className="mt-1 text-xs text-stone-600">
          {value === 'published' ? 'Published: changes go through a correction.' : 'In review: approve, send back or withdraw below.'}
        </p>
      )}
    </fieldset>
  );
}
