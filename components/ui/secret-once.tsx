'use client';

import { useId, useState } from 'react';
import { Button } from './button';
import { inputClass } from './field';

type Props = { label: string; value: string; hint?: string; monospace?: boolean };

/** A secret the server hands out once (a link, a token): selectable, with a copy button. */
export function SecretOnce({ label, value, hint, monospace = false }: Props) {
  const id = useId();
  const [copied, setCopied] = useState<string | null>(null);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(value);
    } catch {
      setCopied(null);
    }
  };
  return (
    <div className="space-y-1 rounded-md border border-green-300 bg-green-50 p-3">
      <label htmlFor={id} className="block text-xs font-medium text-stone-900">
        {label}
      </label>
      <div className="flex gap-2">
        <input id={id} readOnly value={value} onFocus={(e) => e.currentTarget.select()} className={`${inputClass} py-1 text-sm ${monospace ? 'font-mono' : ''}`} />
        <Button size="sm" variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
      <p aria-live="polite" className="text-xs text-stone-700">
        {copied === value ? 'Copied to the clipboard.' : (hint ?? '')}
      </p>
    </div>
  );
}
