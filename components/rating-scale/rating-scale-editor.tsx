'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { ApiError, apiFetch } from '@/lib/queries/api-client';
import type { RatingScaleDto, ScaleRatingDto } from '@/lib/validations/rating';
import { Button } from '@/components/ui/button';
import { RatingFields, draftToInput, type RatingDraft } from './rating-fields';

type Failure = { message: string; fields: Record<string, string[]> } | null;

function failureOf(error: unknown): Failure {
  if (error instanceof ApiError) return { message: error.message, fields: error.fields ?? {} };
  return { message: 'Something went wrong; nothing was changed.', fields: {} };
}

/** Runs one request and refreshes the page's data; a failure is shown where it happened. */
function useScaleRequest() {
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

const draftOf = (r: Pick<ScaleRatingDto, 'label' | 'description' | 'value' | 'color'>): RatingDraft => ({
  label: r.label,
  description: r.description,
  value: r.value === null ? '' : String(r.value),
  color: r.color ?? '',
});

function Alert({ failure }: { failure: Failure }) {
  if (!failure) return null;
  return (
    <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
      Not saved: {failure.message}
    </p>
  );
}

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
    </div>
  );
}
