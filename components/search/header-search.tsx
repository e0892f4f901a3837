'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useQuery } from '@tanstack/react-query';
import { clsx } from 'clsx';
import { searchSuggestionsOptions } from '@/lib/queries/search';
import { searchKindLabels } from '@/lib/validations/search-values';
import { HighlightedText } from './highlighted-text';
import { groupResults } from './group-results';
import { useSlashToFocus } from './use-slash-to-focus';

// Long enough not to search on every key of a fast typist, short enough to feel immediate.
const TYPING_PAUSE_MS = 150;

/**
 * The header's search box (a combobox): results grouped by kind as you type, arrows to move,
 * Enter to open the chosen result or, with none chosen, the full results page.
 */
export function HeaderSearch() {
  const router = useRouter();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  useSlashToFocus(input);

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, isFetching, isError } = useQuery(searchSuggestionsOptions(query));
  const groups = groupResults(data?.results ?? []);
  const options = groups.flatMap((group) => group.results);
  const expanded = open && query.length > 0;

  function go(href: string, external = false) {
    setOpen(false);
    setActive(-1);
    input.current?.blur();
    // Another fact-checker's review: its original page, in a new tab that cannot reach back to this one.
    if (external) window.open(href, '_blank', 'noopener,noreferrer');
    else router.push(href);
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (options.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      // From the box (-1) through the options and back to the box.
      setActive((current) => {
        const next = current + step;
        if (next >= options.length) return -1;
        return next < -1 ? options.length - 1 : next;
      });
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = options[active];
      if (chosen) go(chosen.href, chosen.external);
      else if (text.trim()) go(`/search?q=${encodeURIComponent(text.trim())}`);
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  }

  const listId = `${id}-results`;
  const optionId = (index: number) => `${id}-option-${index}`;
  return (
    <div className="relative w-full max-w-md" role="search">
      <input
        ref={input}
        type="search"
        role="combobox"
        aria-label="Search the desk"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && active >= 0 && active < options.length ? optionId(active) : undefined}
        aria-keyshortcuts="/"
        placeholder="Search articles, claims, evidence… ( / )"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        className="w-full rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm placeholder:text-stone-600"
      />
      <div
        id={listId}
        role="listbox"
        aria-label="Search results"
        hidden={!expanded}
        className="absolute left-0 right-0 top-full z-40 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-stone-200 bg-white py-1 text-sm shadow-lg"
      >
        {groups.map((group) => (
          <div key={group.kind} role="group" aria-labelledby={`${id}-${group.kind}`}>
            <div id={`${id}-${group.kind}`} role="presentation" className="px-3 pb-1 pt-2 text-xs font-semibold uppercase tracking-wide text-stone-600">
              {searchKindLabels[group.kind]}
            </div>
            {group.results.map((result) => {
              const position = options.indexOf(result);
              return (
                <div
                  key={`${result.kind}:${result.id}`}
                  id={optionId(position)}
                  role="option"
                  aria-selected={position === active}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    go(result.href, result.external);
                  }}
                  className={clsx('cursor-pointer px-3 py-1.5', position === active ? 'bg-stone-100' : 'hover:bg-stone-50')}
                >
                  <div className="font-medium text-stone-900">
                    <HighlightedText segments={result.title} />
                  </div>
                  <div className="line-clamp-2 text-stone-700">
                    <HighlightedText segments={result.snippet} />
                  </div>
                  {result.external && <span className="sr-only">Opens the original in a new tab</span>}
                </div>
              );
            })}
          </div>
        ))}
        {query && data && options.length === 0 && <p className="px-3 py-2 text-stone-700">Nothing found for “{query}”.</p>}
        {isError && <p className="px-3 py-2 text-red-800">The search failed. Try again.</p>}
        {query && (
          <p className="border-t border-stone-100 px-3 pt-2 text-xs text-stone-600">
            {isFetching ? 'Searching…' : 'Enter: all results'}
          </p>
        )}
      </div>
    </div>
  );
}
