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
 * draft follows the server's value whenever the user is not in the middle of an edit.
 */
export function AutosaveField({ label, value, onSave, multiline, rows = 3, placeholder, maxLength, hint, readOnly, serif }: AutosaveFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    if (!dirty.current) setDraft(value);
  }, [value]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = (next: string) => {
    clearTimeout(timer.current);
    if (!dirty.current) return;
    dirty.current = false;
    if (next !== value) onSave(next);
  };

  const change = (next: string) => {
    setDraft(next);
    dirty.current = true;
    clearTimeout(timer.current);
    timer.current = setTimeout(() => flush(next), IDLE_SAVE_MS);
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
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-stone-600">
          {hint}
        </p>
      )}
    </div>
  );
}
