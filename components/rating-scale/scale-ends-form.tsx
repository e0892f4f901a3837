'use client';

import { useId, useState } from 'react';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';
import { Alert, useScaleRequest } from './use-scale-request';

/**
 * The scale's ends (ClaimReview worstRating/bestRating; decision 040, amendment 1). The server
 * refuses ends that would leave a verdict outside and names those verdicts on the field.
 */
export function ScaleEndsForm({ worst, best }: { worst: number; best: number }) {
  const id = useId();
  const [draft, setDraft] = useState({ worst: String(worst), best: String(best) });
  const { pending, failure, setFailure, run } = useScaleRequest();
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const ends = { worst: Number(draft.worst), best: Number(draft.best) };
    if (!Number.isInteger(ends.worst) || !Number.isInteger(ends.best) || draft.worst.trim() === '' || draft.best.trim() === '') {
      return setFailure({ message: 'Both ends are whole numbers.', fields: { best: ['Both ends are whole numbers.'] } });
    }
    await run('/api/v1/ratings', 'PATCH', ends);
  };
  const field = (name: 'worst' | 'best', label: string) => {
    const errors = failure?.fields[name] ?? [];
    return (
      <div className="space-y-1">
        <label htmlFor={`${id}-${name}`} className="block text-sm font-medium text-stone-800">
          {label}
        </label>
        <input id={`${id}-${name}`} className={inputClass} inputMode="numeric" value={draft[name]}
          onChange={(e) => setDraft({ ...draft, [name]: e.target.value })}
          aria-invalid={errors.length ? true : undefined} aria-describedby={errors.length ? `${id}-${name}-error` : undefined} />
        {errors.length > 0 && (
          <p id={`${id}-${name}-error`} className="text-sm text-red-700">
            {errors.join(' ')}
          </p>
        )}
      </div>
    );
  };
  return (
    <form onSubmit={save} aria-labelledby={`${id}-heading`} className="space-y-3 rounded-md border border-stone-200 bg-white p-4">
      <h2 id={`${id}-heading`} className="text-lg font-semibold">
        Ends of the scale
      </h2>
      <p className="text-sm text-stone-700">
        What ClaimReview calls worstRating and bestRating. Every verdict’s value must stay within them; published verdicts keep the ends they
        were published with.
      </p>
      <div className="grid max-w-sm grid-cols-2 gap-3">
        {field('worst', 'Least true')}
        {field('best', 'Most true')}
      </div>
      <Alert failure={failure} />
      <Button type="submit" disabled={pending}>
        Save the ends
      </Button>
    </form>
  );
}
