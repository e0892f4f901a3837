'use client';

import { useId, useRef, useState } from 'react';
import type { MemberRef } from '@/lib/validations/claim';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

type CommentBoxProps = {
  members: MemberRef[];
  pending: boolean;
  /** Resolves when the comment is saved; the box is cleared only then. */
  onSubmit: (body: string) => Promise<unknown>;
};

/** The `@word` being typed just before the caret, if any. */
function mentionQuery(text: string, caret: number): { start: number; query: string } | null {
  // Names have spaces, so the query runs to the caret; it closes when no member matches it.
  const match = /(^|[\s(])@([^@\n]{0,40})$/u.exec(text.slice(0, caret));
  return match ? { start: caret - match[2]!.length - 1, query: match[2]!.toLowerCase() } : null;
}

/**
 * A comment field with @-mention suggestions (a textbox with a listbox popup): typing `@` lists the
 * members, arrows move, Enter or Tab inserts, Escape closes. Ctrl/⌘+Enter sends.
 */
export function CommentBox({ members, pending, onSubmit }: CommentBoxProps) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [query, setQuery] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const matches = query ? members.filter((m) => m.name.toLowerCase().includes(query.query)).slice(0, 8) : [];
  const open = matches.length > 0;

  const update = (value: string, caret: number) => {
    setText(value);
    setQuery(mentionQuery(value, caret));
    setActive(0);
  };

  const insert = (member: MemberRef) => {
    const field = ref.current;
    if (!field || !query) return;
    const caret = field.selectionStart;
    const next = `${text.slice(0, query.start)}@${member.name} ${text.slice(caret)}`;
    const at = query.start + member.name.length + 2;
    setText(next);
    setQuery(null);
    requestAnimationFrame(() => field.setSelectionRange(at, at));
  };

  const submit = async () => {
    if (!text.trim() || pending) return;
    setError(null);
    try {
      await onSubmit(text);
      setText('');
    } catch (e) {
      setError(e instanceof Error ? e.message : 'The comment was not saved.');
    }
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLTextAreaElement>) => {
    if (open && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      setActive((i) => (i + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
    } else if (open && (event.key === 'Enter' || event.key === 'Tab') && !event.metaKey && !event.ctrlKey) {
      event.preventDefault();
      insert(matches[active]!);
    } else if (open && event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      setQuery(null);
    } else if (event.key === 'Enter' && (event.metaKey || event.ctrlKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <form
      className="relative space-y-2"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <label htmlFor={id} className="block text-xs font-semibold uppercase tracking-wide text-stone-700">
        Comment
      </label>
      <textarea
        id={id}
        ref={ref}
        rows={2}
        maxLength={5000}
        value={text}
        placeholder="Write a comment; type @ to mention a teammate"
        className={inputClass + ' text-sm'}
        // A textbox that owns a listbox popup (role=combobox is not allowed on a textarea).
        aria-autocomplete="list"
        aria-controls={`${id}-members`}
        aria-activedescendant={open ? `${id}-member-${active}` : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => update(e.target.value, e.target.selectionStart)}
        onKeyDown={onKeyDown}
        onBlur={() => setQuery(null)}
      />
      <ul
        id={`${id}-members`}
        role="listbox"
        aria-label="Members to mention"
        hidden={!open}
        className="absolute z-10 max-h-48 w-64 overflow-y-auto rounded-md border border-stone-300 bg-white py-1 text-sm shadow-lg"
      >
        {matches.map((member, i) => (
          <li
            key={member.id}
            id={`${id}-member-${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'cursor-pointer bg-stone-900 px-3 py-1 text-white' : 'cursor-pointer px-3 py-1 text-stone-900'}
            // mousedown, not click: the textarea must not lose the caret before the insert.
            onMouseDown={(e) => {
              e.preventDefault();
              insert(member);
            }}
          >
            {member.name}
          </li>
        ))}
      </ul>
      {error && (
        <p id={`${id}-error`} role="alert" className="text-xs text-red-700">
          Not sent: {error}
        </p>
      )}
      <Button type="submit" size="sm" disabled={pending || !text.trim()}>
        {pending ? 'Sending…' : 'Comment'}
      </Button>
    </form>
  );
}
