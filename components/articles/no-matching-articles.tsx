import Link from 'next/link';
import { buttonClass } from '@/components/ui/button';

/** The filtered list's empty state: nothing matches, and the way back to every article. */
export function NoMatchingArticles() {
  return (
    <div className="rounded-xl border border-dashed border-stone-300 bg-white px-6 py-12 text-center">
      <h2 className="text-lg font-semibold">No articles match these filters</h2>
      <p className="mx-auto mt-2 max-w-md text-stone-700">Try other words, another outlet or a wider range of days.</p>
      <Link href="/articles" className={`${buttonClass('secondary')} mt-6`}>
        Clear filters
      </Link>
    </div>
  );
}
