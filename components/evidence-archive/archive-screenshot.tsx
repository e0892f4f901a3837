import type { ArchivedCopy } from '@/lib/server/evidence-archive/evidence-archive';

/**
 * The archived copy's full-page screenshot for members: shown, downloadable, or why there is none.
 * The image is the PNG our own Chromium rendered from the stored copy, offline.
 */
export function ArchiveScreenshot({ evidenceId, screenshot }: { evidenceId: string; screenshot: ArchivedCopy['screenshot'] }) {
  if (!screenshot) return null;
  const src = `/api/v1/evidence/${evidenceId}/archive/screenshot`;
  return (
    <section className="mt-6" aria-labelledby="archive-screenshot-heading" data-testid="archive-screenshot">
      <h2 id="archive-screenshot-heading" className="text-lg font-semibold text-stone-900">
        Screenshot
      </h2>
      {screenshot.state === 'taken' ? (
        <>
          <p className="mt-1 text-sm">
            <a href={`${src}?download`} className="text-blue-800 underline underline-offset-2" download>
              Download the screenshot (PNG)
            </a>
          </p>
          <div className="mt-2 max-h-[32rem] overflow-auto rounded-md border border-stone-200">
            {/* eslint-disable-next-line @next/next/no-img-element -- an authorised API image, not a static asset */}
            <img src={src} alt="Full-page screenshot of the archived copy, rendered without scripts or outside requests" width={1280} className="h-auto w-full" />
          </div>
        </>
      ) : (
        <p className="mt-1 text-sm text-stone-700" role="status">
          No screenshot:{' '}
          {screenshot.error ?? 'it could not be made.'}
        </p>
      )}
    </section>
  );
}
