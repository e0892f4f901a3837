import { exportFormatLabels, exportFormats } from '@/lib/validations/export-values';
import { buttonClass } from '@/components/ui/button';

/**
 * Downloads the review report in a standard format. A plain GET form: it works without
 * JavaScript and the browser's own download handling shows progress.
 */
export function ExportMenu({ articleId }: { articleId: string }) {
  return (
    <details className="group relative">
      <summary className={`${buttonClass('secondary', 'sm')} cursor-pointer list-none`}>Export</summary>
      <form
        method="get"
        action={`/api/v1/articles/${articleId}/export`}
        className="absolute end-0 z-30 mt-2 w-72 space-y-3 rounded-lg border border-stone-200 bg-white p-4 font-sans text-sm shadow-lg"
      >
        <div className="space-y-1">
          <label htmlFor="export-format" className="block font-medium text-stone-800">
            Format
          </label>
          <select id="export-format" name="format" className="w-full rounded-md border border-stone-300 px-2 py-1.5">
            {exportFormats.map((format) => (
              <option key={format} value={format}>
                {exportFormatLabels[format]}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-stone-800">
          <input type="checkbox" name="scope" value="all" /> Include unpublished claims
        </label>
        <label className="flex items-center gap-2 text-stone-800">
          <input type="checkbox" name="internal" value="1" /> Include internal notes
        </label>
        <div className="flex items-center gap-3">
          <button type="submit" className={buttonClass('primary', 'sm')}>
            Download
          </button>
          <a href={`/articles/${articleId}/report?scope=all`} className="text-blue-800 underline underline-offset-2">
            Open the report page
          </a>
        </div>
      </form>
    </details>
  );
}
