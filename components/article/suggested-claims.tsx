'use client';

import type { SuggestionDto } from '@/lib/validations/similar';
import { Button } from '@/components/ui/button';

type SuggestedClaimsProps = {
  suggestions: SuggestionDto[];
  current: number | null;
  pending: boolean;
  onChoose: (index: number) => void;
  onAccept: (index: number) => void;
  onDismiss: (index: number) => void;
};

function clip(text: string): string {
  return text.length > 110 ? `${text.slice(0, 110)}…` : text;
}

/**
 * The suggestions beside the article: each a sentence with why it is suggested. Choosing one
 * outlines it in the text; M (or "Mark as claim") accepts it, "Dismiss" drops it for this
 * version. Nothing becomes a claim without a person.
 */
export function SuggestedClaims({ suggestions, current, pending, onChoose, onAccept, onDismiss }: SuggestedClaimsProps) {
  if (suggestions.length === 0) return null;
  return (
    <section aria-labelledby="suggested-claims-title" className="mt-6">
      <h2 id="suggested-claims-title" className="mb-2 text-sm font-semibold text-stone-800">
        Suggested claims <span className="font-normal text-stone-600">({suggestions.length})</span>
      </h2>
      <ul className="space-y-2">
        {suggestions.map((suggestion, index) => (
          <li key={`${suggestion.start}:${suggestion.end}`} className="rounded border border-dashed border-stone-300 p-2 text-xs">
            <button
              type="button"
              aria-pressed={current === index}
              className="block w-full text-start font-serif text-sm text-stone-900 hover:underline"
              onClick={() => onChoose(index)}
              onFocus={() => onChoose(index)}
            >
              {clip(suggestion.exact)}
            </button>
            <p className="mt-1 text-stone-700">{suggestion.reasons[0]}</p>
            {current === index && (
              <div className="mt-2 flex gap-2">
                <Button size="sm" variant="secondary" disabled={pending} onClick={() => onAccept(index)}>
                  Mark as claim (M)
                </Button>
                <Button size="sm" variant="ghost" disabled={pending} onClick={() => onDismiss(index)}>
                  Dismiss suggestion
                </Button>
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
