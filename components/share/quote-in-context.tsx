import type { QuoteContext } from '@/lib/core/exports/quote-context';

/** The claim's exact words, highlighted, with a little of the article around them. */
export function QuoteInContext({ context, direction, language }: { context: QuoteContext; direction: 'ltr' | 'rtl'; language: string | null }) {
  return (
    <figure className="mt-6">
      <blockquote dir={direction} lang={language ?? undefined} className="border-s-4 border-stone-300 ps-4 font-serif text-lg leading-relaxed text-stone-800">
        {context.elidedBefore && '… '}
        {context.before}
        <mark className="rounded-sm bg-amber-100 px-0.5 text-stone-950">{context.exact}</mark>
        {context.after}
        {context.elidedAfter && ' …'}
      </blockquote>
      <figcaption className="mt-1 text-xs text-stone-700">The claim as it appeared, in its context.</figcaption>
    </figure>
  );
}
