'use client';

import { useEffect, useId, useRef, useState } from 'react';
import { clsx } from 'clsx';
import { inputClass } from '@/components/ui/field';

type AutosaveFieldProps = {
  label: string;
  value: string;
  onSave: (value: string) => void;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  hint?: string;
  readOnly?: boolean;
  serif?: boolean;
};

const IDLE_SAVE_MS = 800;

/**
 * A text field that saves by itself: shortly after typing stops, and when focus leaves. The
 * draft follows the server's value whenever the user is not in the middle of an edit. If a
 * teammate's change to this field arrives (live updates) while the user is typing, nothing is
 * saved over it until the user chooses: keep their own text or take the teammate's.
 */
export function AutosaveField({ label, value, onSave, multiline, rows = 3, placeholder, maxLength, hint, readOnly, serif }: AutosaveFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const dirty = useRef(false);
  // The value the current edit started from, and the last value this field saved itself: a new
  // value that is neither is someone else's.
  const base = useRef(value);
  const lastSaved = useRef<string | null>(null);
  const [theirs, setTheirs] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!dirty.current) {
      setDraft(value);
      base.current = value;
    } else if (value !== base.current && value !== lastSaved.current) {
      clearTimeout(timer.current);
      setTheirs(value);
    }
  }, [value]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const save = (next: string) => {
    dirty.current = false;
    base.current = next;
    lastSaved.current = next;
    if (next !== value) onSave(next);
  };

  const flush = (next: string) => {
    clearTimeout(timer.current);
    if (!dirty.current || theirs !== null) return;
    save(next);
  };

  const change = (next: string) => {
    setDraft(next);
    dirty.current = true;
    clearTimeout(timer.current);
    if (theirs === null) timer.current = setTimeout(() => flush(next), IDLE_SAVE_MS);
  };

  const keepMine = () => {
    setTheirs(null);
    save(draft);
  };

  const takeTheirs = () => {
    if (theirs === null) return;
    dirty.current = false;
    base.current = theirs;
    setDraft(theirs);
    setTheirs(null);
  };

  const common = {
    id,
    value: draft,
    placeholder,
    maxLength,
    readOnly,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    className: clsx(inputClass, serif && 'font-serif', 'text-sm'),
    onBlur: () => flush(draft),
  };

  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-semibold uppercase tracking-wide text-stone-700">
        {label}
      </label>
      {multiline ? (
        <textarea rows={rows} {...common} onChange={(e) => change(e.target.value)} />
      ) : (
        <input type="text" {...common} onChange={(e) => change(e.target.value)} />
      )}
      {theirs !== null && (
        <div role="alert" className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-2 text-xs text-amber-950">
          <p>A teammate changed this field while you were typing. Yours is not saved yet. Theirs:</p>
          <p className="whitespace-pre-wrap rounded bg-white px-2 py-1 text-stone-800">{theirs || '(empty)'}</p>
          <div className="flex gap-2">
            <button type="button" onClick={keepMine} className="rounded border border-amber-400 bg-white px-2 py-1 font-medium hover:bg-amber-100">
              Keep mine
            </button>
            <button type="button" onClick={takeTheirs} className="rounded border border-amber-400 bg-white px-2 py-1 font-medium hover:bg-amber-100">
              Use theirs
            </button>
          </div>
        </div>
      )}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
    </div>
  );
}
