'use client';

import type { AttachSuggestionDto } from '@/lib/validations/orphan-note';

type AttachSuggestionProps = {
  exact: string;
  suggestion: AttachSuggestionDto;
  pending: boolean;
  error: string | null;
  onAttach: () => void;
};

/**
 * The best place re-anchoring found for an orphan and did not trust: shown in its context, and
 * accepted with one click (or Enter/Space on the button), through the ordinary re-attach.
 */
export function AttachSuggestion({ exact, suggestion, pending, error, onAttach }: AttachSuggestionProps) {
  return (
    <div className="mt-2 rounded-md border border-stone-200 bg-stone-50 p-2 text-xs" role="group" aria-label={`Suggested place for “${exact.slice(0, 60)}”`}>
      <p className="font-medium text-stone-800">Attach here?</p>
      <p className="mt-1 text-stone-700">
        {suggestion.prefix && <span className="text-stone-500">…{suggestion.prefix}</span>}
        <mark className="bg-sky-100 text-stone-950">{suggestion.exact}</mark>
        {suggestion.suffix && <span className="text-stone-500">{suggestion.suffix}…</span>}
      </p>
      {error && (
        <p role="alert" className="mt-1 text-red-700">
          {error}
        </p>
      )}
      <button
        type="button"
        onClick={onAttach}
        disabled={pending}
        className="mt-2 rounded-md border border-stone-300 bg-white px-2.5 py-1 font-medium text-stone-900 hover:bg-stone-100 focus-visible:outline-2 focus-visible:outline-stone-900 disabled:text-stone-500"
        aria-label={`Attach here: “${suggestion.exact.slice(0, 80)}”`}
      >
        {pending ? 'Attaching…' : 'Attach here'}
      </button>
    </div>
  );
}
