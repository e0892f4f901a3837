'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { apiFetch } from '@/lib/queries/api-client';
import { Button } from '@/components/ui/button';

const inputClass = 'mt-1 block w-full rounded border border-stone-300 px-2 py-1.5 text-sm';

/** Imports ClaimReview JSON-LD from a file (read here, sent as text) or a link (fetched by the server). */
export function ImportReferenceForm() {
  const router = useRouter();
  const [url, setUrl] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [pending, setPending] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  async function submit(event: React.FormEvent) {
    event.preventDefault();
    setPending(true);
    setMessage(null);
    try {
      const body = file ? { document: await file.text() } : { url };
      const result = await apiFetch<{ imported: number; updated: number }>('/api/v1/reference-reviews', { method: 'POST', body });
      setMessage({ text: `Imported ${result.imported} new review(s), updated ${result.updated}.`, error: false });
      router.refresh();
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : 'The import failed.', error: true });
    } finally {
      setPending(false);
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="import-reviews-heading" className="max-w-xl space-y-3">
      <h2 id="import-reviews-heading" className="text-lg font-semibold">
        Import ClaimReview JSON-LD
      </h2>
      <label className="block text-sm">
        A file (.json or .jsonld)
        <input type="file" accept=".json,.jsonld,application/json,application/ld+json" className={inputClass} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      </label>
      <label className="block text-sm">
        Or a link to a feed or a page with ClaimReview markup
        <input type="url" value={url} disabled={file !== null} className={inputClass} onChange={(e) => setUrl(e.target.value)} placeholder="https://" />
      </label>
      <Button type="submit" disabled={pending || (!file && !url)}>
        {pending ? 'Importing…' : 'Import'}
      </Button>
      {message && (
        <p role={message.error ? 'alert' : 'status'} className={message.error ? 'text-sm text-red-700' : 'text-sm text-stone-700'}>
          {message.text}
        </p>
      )}
    </form>
  );
}
