'use client';

import { clsx } from 'clsx';
import { claimStatuses, claimStatusLabels, type ClaimStatusValue } from '@/lib/validations/claim';

type StatusPickerProps = {
  value: ClaimStatusValue;
  onChange: (status: ClaimStatusValue) => void;
  canPublish: boolean;
  disabled?: boolean;
};

/** The workflow status as a row of radio buttons: where the claim is, not what it is rated. */
export function StatusPicker({ value, onChange, canPublish, disabled }: StatusPickerProps) {
  return (
    <fieldset disabled={disabled}>
      <legend className="mb-1 block text-xs font-semibold uppercase tracking-wide text-stone-700">Status</legend>
      <div className="flex flex-wrap gap-1.5">
        {claimStatuses.map((status) => {
          const locked = status === 'published' && !canPublish;
          return (
            <label
              key={status}
              className={clsx(
                'relative cursor-pointer rounded-full border px-3 py-1 text-xs font-medium has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-blue-600',
                value === status ? 'border-stone-900 bg-stone-900 text-white' : 'border-stone-300 bg-white text-stone-800 hover:bg-stone-100',
                locked && 'cursor-not-allowed opacity-60',
              )}
              title={locked ? 'Only editors can publish' : undefined}
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
    </fieldset>
  );
}
