import type { RatingChangeDto } from '@/lib/validations/rating';

const actions: Record<RatingChangeDto['action'], string> = {
  created: 'added',
  updated: 'changed',
  retired: 'retired',
  restored: 'offered again',
  deleted: 'deleted',
  rescaled: 'moved the ends of the scale',
};

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? `“${value}”` : String(value);
}

/** Every recorded change to the scale, newest first: who, when, what. */
export function RatingHistory({ changes }: { changes: RatingChangeDto[] }) {
  return (
    <section aria-labelledby="scale-history" className="space-y-3">
      <h2 id="scale-history" className="text-lg font-semibold">
        Changes to the scale
      </h2>
      {changes.length === 0 ? (
        <p className="text-sm text-stone-700">No change yet: this is the scale the workspace started with.</p>
      ) : (
        <ol className="space-y-2 text-sm">
          {changes.map((change) => (
            <li key={change.id} className="rounded-md border border-stone-200 bg-white px-3 py-2">
              <p>
                <time dateTime={change.at}>{change.at.slice(0, 16).replace('T', ' ')} UTC</time>: {change.actor || 'Someone'} {actions[change.action]}
                {change.ratingKey && (
                  <>
                    {' '}
                    <code>{change.ratingKey}</code>
                  </>
                )}
              </p>
              {(change.action === 'updated' || change.action === 'rescaled') && (
                <ul className="mt-1 list-disc pl-5 text-stone-700">
                  {Object.entries(change.changes).map(([field, { from, to }]) => (
                    <li key={field}>
                      {field}: {show(from)} → {show(to)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
