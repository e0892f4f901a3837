'use client';

import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { ApiError, apiFetch } from '@/lib/queries/api-client';
import type { PublicPagesSettingsDto } from '@/lib/validations/public-pages';
import { Button } from '@/components/ui/button';
import { inputClass } from '@/components/ui/field';

/** On/off, the address and the methodology text of the workspace's public pages. */
export function PublicPagesForm({ settings }: { settings: PublicPagesSettingsDto }) {
  const id = useId();
  const router = useRouter();
  const [enabled, setEnabled] = useState(settings.enabled);
  const [slug, setSlug] = useState(settings.slug ?? '');
  const [markdown, setMarkdown] = useState(settings.methodologyMarkdown);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<{ message: string; fields: Record<string, string[]> } | null>(null);

  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    setPending(true);
    setFailure(null);
    setSaved(false);
    try {
      await apiFetch('/api/v1/workspace/public-pages', {
        method: 'PATCH',
        body: { enabled, methodologyMarkdown: markdown, ...(slug.trim() ? { slug: slug.trim() } : {}) },
      });
      setSaved(true);
      router.refresh();
    } catch (error) {
      setFailure(error instanceof ApiError ? { message: error.message, fields: error.fields ?? {} } : { message: 'Something went wrong.', fields: {} });
    } finally {
      setPending(false);
    }
  };
  const slugError = failure?.fields.slug;
  return (
    <form onSubmit={save} className="max-w-2xl space-y-4">
      <label className="flex items-center gap-2 text-sm font-medium text-stone-800">
        <input type="checkbox" checked={enabled} onChange={(e) => setEnabled(e.target.checked)} />
        Publish the methodology and corrections log
      </label>
      <div className="space-y-1">
        <label htmlFor={`${id}-slug`} className="block text-sm font-medium text-stone-800">
          Address
        </label>
        <input id={`${id}-slug`} className={inputClass} value={slug} onChange={(e) => setSlug(e.target.value)} placeholder="harbour-desk"
          aria-invalid={slugError ? true : undefined} aria-describedby={`${id}-slug-hint${slugError ? ` ${id}-slug-error` : ''}`} />
        <p id={`${id}-slug-hint`} className="text-xs text-stone-600">
          The pages will be /p/{slug.trim() || 'address'}/methodology and /p/{slug.trim() || 'address'}/corrections, and each published verdict
          gets a public page of its own under /p/{slug.trim() || 'address'}/verdicts/, where the corrections log links. Lower-case letters, digits and
          hyphens.
        </p>
        {slugError && (
          <p id={`${id}-slug-error`} className="text-sm text-red-700">
            {slugError.join(' ')}
          </p>
        )}
      </div>
      <div className="space-y-1">
        <label htmlFor={`${id}-markdown`} className="block text-sm font-medium text-stone-800">
          Our review process (Markdown)
        </label>
        <textarea id={`${id}-markdown`} className={inputClass} rows={10} value={markdown} onChange={(e) => setMarkdown(e.target.value)} maxLength={20000} />
      </div>
      {failure && (
        <p role="alert" className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          Not saved: {failure.message}
        </p>
      )}
      {saved && (
        <p role="status" className="text-sm text-green-800">
          Saved.
        </p>
      )}
      <Button type="submit" disabled={pending}>
        Save public pages
      </Button>
      {settings.methodologyUrl && settings.correctionsUrl && (
        <p className="text-sm text-stone-700">
          Live at <a className="text-blue-800 underline" href={settings.methodologyUrl}>{settings.methodologyUrl}</a> and{' '}
          <a className="text-blue-800 underline" href={settings.correctionsUrl}>{settings.correctionsUrl}</a>.
        </p>
      )}
    </form>
  );
}
