'use client';

import { useId, useState } from 'react';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

/** The new invitation link, selectable and with a Copy button; it is not shown again. */
export function CopyLink({ link, roleLabel }: { link: string; roleLabel: string }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  const id = useId();

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('yes');
    } catch {
      // Clipboard access can be refused (insecure origin, permissions): the field stays selectable.
      setCopied('failed');
    }
  }

  return (
    <div className="max-w-2xl space-y-2 rounded-lg border border-green-200 bg-green-50 p-3">
      <label htmlFor={id} className="block text-sm font-medium text-stone-900">
        Invitation link ({roleLabel})
      </label>
      <div className="flex gap-2">
        <input id={id} readOnly value={link} onFocus={(e) => e.currentTarget.select()} className={inputClass + ' font-mono text-xs'} />
        <Button variant="secondary" onClick={copy}>
          Copy
        </Button>
      </div>
      <p role="status" className="text-xs text-stone-700">
        {copied === 'yes'
          ? 'Copied. Send it to the person you are inviting.'
          : copied === 'failed'
            ? 'Could not copy automatically: select the link and copy it.'
            : 'This link is shown only now. If it gets lost, revoke it below and make a new one.'}
      </p>
    </div>
  );
}
