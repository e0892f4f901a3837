'use client';

import { useId } from 'react';
import type { RatingDto } from '@/lib/validations/rating';
import { inputClass } from '@/components/ui/field';

type VerdictPickerProps = {
  ratings: RatingDto[];
  value: string | null;
  onChange: (key: string | null) => void;
  disabled?: boolean;
};

/** The verdict, from the workspace's scale; the chosen label's definition is shown under it. */
export function VerdictPicker({ ratings, value, onChange, disabled }: VerdictPickerProps) {
  const id = useId();
  // A retired verdict is no longer offered; a claim that carries one still shows it (decision 040).
  const offered = ratings.filter((r) => !r.retired || r.key === value);
  const onScale = offered.filter((r) => r.value !== null).sort((a, b) => (b.value ?? 0) - (a.value ?? 0));
  const offScale = offered.filter((r) => r.value === null);
  const retiredLabel = (r: RatingDto) => (r.retired ? ' (retired)' : '');
  const chosen = ratings.find((r) => r.key === value);
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-semibold uppercase tracking-wide text-stone-700">
        Verdict
      </label>
      <select
        id={id}
        className={inputClass + ' text-sm'}
        value={value ?? ''}
        disabled={disabled}
        onChange={(e) => onChange(e.target.value || null)}
        aria-describedby={`${id}-definition`}
      >
        <option value="">No verdict yet</option>
        <optgroup label="Rating scale">
          {onScale.map((r) => (
            <option key={r.key} value={r.key}>
              {r.label} ({r.value}){retiredLabel(r)}
            </option>
          ))}
        </optgroup>
        {offScale.length > 0 && (
          <optgroup label="Other outcomes">
            {offScale.map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
                {retiredLabel(r)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      <p id={`${id}-definition`} className="text-xs text-stone-600">
        {chosen ? chosen.description : 'Choose a verdict when the research supports one.'}
      </p>
    </div>
  );
}
