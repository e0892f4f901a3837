import type { ArticlePreviewDto } from '@/lib/validations/article-version';
import { formatDateTime } from '@/lib/format';

/** What the link gave: the beginning of the story and what the page says about itself. */
export function LinkPreview({ preview }: { preview: ArticlePreviewDto }) {
  return (
    <section aria-label="Preview of the page" className="rounded-lg border border-stone-200 bg-white p-4 text-sm">
      <h2 className="font-semibold text-stone-900">Preview: check it, correct the details below, then import</h2>
      <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-stone-700">
        <dt>Canonical link</dt>
        <dd className="break-all">{preview.canonicalUrl}</dd>
        <dt>Language</dt>
        <dd>{preview.language ?? 'Not stated'}</dd>
        <dt>Direction</dt>
        <dd>{preview.direction === 'rtl' ? 'Right to left' : 'Left to right'}</dd>
        <dt>Length</dt>
        <dd>
          {preview.paragraphCount} paragraphs, {preview.characterCount.toLocaleString('en')} characters (fetched {formatDateTime(preview.fetchedAt)})
        </dd>
      </dl>
      <blockquote
        dir={preview.direction}
        lang={preview.language ?? undefined}
        className="mt-3 max-h-60 overflow-y-auto whitespace-pre-line border-s-4 border-stone-300 ps-3 font-serif text-stone-900"
      >
        {preview.excerpt}
      </blockquote>
      <p className="mt-2 text-xs text-stone-600">The page is fetched again when you import, so what is frozen is what the link says at that moment.</p>
    </section>
  );
}
