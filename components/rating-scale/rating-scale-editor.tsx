'use client';

import { useState } from 'react';
import type { RatingScaleDto, ScaleRatingDto } from '@/lib/validations/rating';
import { Button } from '@/components/ui/button';
import { RatingFields, draftToInput, type RatingDraft } from './rating-fields';
import { ScaleEndsForm } from './scale-ends-form';
import { Alert, useScaleRequest } from './use-scale-request';

const draftOf = (r: Pick<ScaleRatingDto, 'label' | 'description' | 'value' | 'color'>): RatingDraft => ({
  label: r.label,
  description: r.description,
  value: r.value === null ? '' : String(r.value),
  color: r.color ?? '',
});

function RatingRow({ rating, index, count, scale }: { rating: ScaleRatingDto; index: number; count: number; scale: RatingScaleDto }) {
  const [draft, setDraft] = useState(() => draftOf(rating));
  const { pending, failure, setFailure, run } = useScaleRequest();
  const path = `/api/v1/ratings/${rating.id}`;
  const headingId = `rating-${rating.id}`;
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = draftToInput(draft);
    if (typeof input === 'string') return setFailure({ message: input, fields: { value: [input] } });
    await run(path, 'PATCH', input);
  };
  return (
    <li className="rounded-md border border-stone-200 bg-white p-4">
      <form onSubmit={save} aria-labelledby={headingId} className="space-y-3">
        <h3 id={headingId} className="font-semibold">
          {rating.label}
          {rating.retired && <span className="ml-2 text-sm font-normal text-stone-600">(retired: not offered)</span>}
          <span className="ml-2 text-sm font-normal text-stone-600">
            {rating.usedBy === 1 ? 'used by 1 claim' : `used by ${rating.usedBy} claims`}
          </span>
        </h3>
        <RatingFields draft={draft} onChange={setDraft} errors={failure?.fields ?? {}} worst={scale.worst} best={scale.best} />
        <Alert failure={failure} />
        <div className="flex flex-wrap gap-2">
          <Button type="submit" size="sm" disabled={pending}>
            Save {rating.label}
          </Button>
          <Button size="sm" variant="secondary" disabled={pending || index === 0} onClick={() => run(path, 'PATCH', { position: index - 1 })}
            aria-label={`Move up ${rating.label}`}>
            Move up
          </Button>
          <Button size="sm" variant="secondary" disabled={pending || index === count - 1} onClick={() => run(path, 'PATCH', { position: index + 1 })}
            aria-label={`Move down ${rating.label}`}>
            Move down
          </Button>
          <Button size="sm" variant="secondary" disabled={pending} onClick={() => run(path, 'PATCH', { retired: !rating.retired })}>
            {rating.retired ? `Offer ${rating.label} again` : `Retire ${rating.label}`}
          </Button>
          {rating.usedBy === 0 && (
            <Button size="sm" variant="danger" disabled={pending} onClick={() => run(path, 'DELETE')}>
              Delete {rating.label}
            </Button>
          )}
        </div>
      </form>
    </li>
  );
}

function NewRating({ scale }: { scale: RatingScaleDto }) {
  const empty: RatingDraft = { label: '', description: '', value: '', color: '' };
  const [draft, setDraft] = useState(empty);
  const { pending, failure, setFailure, run } = useScaleRequest();
  const add = async (event: React.FormEvent) => {
    event.preventDefault();
    const input = draftToInput(draft);
    if (typeof input === 'string') return setFailure({ message: input, fields: { value: [input] } });
    if (await run('/api/v1/ratings', 'POST', input)) setDraft(empty);
  };
  return (
    <form onSubmit={add} aria-labelledby="new-rating" className="space-y-3 rounded-md border border-stone-200 bg-white p-4">
      <h2 id="new-rating" className="text-lg font-semibold">
        Add a verdict
      </h2>
      <RatingFields draft={draft} onChange={setDraft} errors={failure?.fields ?? {}} worst={scale.worst} best={scale.best} />
      <Alert failure={failure} />
      <Button type="submit" disabled={pending}>
        Add verdict
      </Button>
    </form>
  );
}

/**
 * The workspace's rating scale, editable by admins (decision 040): every verdict is its own form
 * (Tab moves through its fields and buttons; Enter saves), errors are announced and named on the
 * field they concern. The server checks the whole scale; the page then shows what it stored.
 */
export function RatingScaleEditor({ scale }: { scale: RatingScaleDto }) {
  return (
    <div className="space-y-6">
      <h2 className="text-lg font-semibold">Verdicts, truest first</h2>
      <ol className="space-y-3" aria-label="Verdicts, truest first">
        {scale.ratings.map((rating, index) => (
          <RatingRow key={rating.id} rating={rating} index={index}
            count={scale.ratings.length} scale={scale} />
        ))}
      </ol>
      <NewRating scale={scale} />
      <ScaleEndsForm worst={scale.worst} best={scale.best} />
    </div>
  );
}
