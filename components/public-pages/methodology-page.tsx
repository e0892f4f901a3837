import { ratingTone } from '@/lib/core/rating-scale/rating-scale';
import type { Methodology } from '@/lib/server/public-pages/load-methodology';
import { publicPagePaths } from '@/lib/core/public-pages/public-page-paths';
import { PublicPagesFrame } from './public-pages-frame';

/** The public methodology: the rating scale with its definitions and the review process. */
export function MethodologyPage({ methodology, slug }: { methodology: Methodology; slug: string }) {
  const { workspace, scale, process } = methodology;
  const bounds = { worst: scale.worst, best: scale.best };
  const paths = publicPagePaths(slug);
  return (
    <PublicPagesFrame workspaceName={workspace.name} slug={slug} current="methodology">
      <h1 className="text-2xl font-semibold text-stone-900">How {workspace.name} checks facts</h1>
      <section aria-labelledby="scale" className="mt-8 space-y-3">
        <h2 id="scale" className="text-xl font-semibold text-stone-900">
          Our rating scale
        </h2>
        <p className="text-sm text-stone-700">
          Verdicts on the scale run from {scale.worst} (least true) to {scale.best} (most true); the other outcomes are not on the scale.
        </p>
        <dl className="space-y-3">
          {scale.ratings.map((rating) => (
            <div key={rating.key} className="rounded-md border border-stone-200 bg-white p-3">
              <dt className="font-semibold">
                <span
                  className={`tone-${ratingTone(rating, bounds)} inline-block rounded-md px-2 py-0.5 text-sm font-semibold text-white`}
                  style={{ background: rating.color ?? 'var(--tone)' }}
                >
                  {rating.label}
                </span>
                <span className="ml-2 text-sm font-normal text-stone-700">
                  {rating.value === null ? 'not on the scale' : `${rating.value} of ${scale.best}`}
                </span>
              </dt>
              <dd className="mt-1 text-stone-800">{rating.definition}</dd>
            </div>
          ))}
        </dl>
      </section>
      {process.html && (
        <section aria-labelledby="process" className="mt-8 space-y-3">
          <h2 id="process" className="text-xl font-semibold text-stone-900">
            Our review process
          </h2>
          {/* Sanitised by the article sanitiser (lib/core/public-pages/methodology-html.ts). */}
          <div className="space-y-3 text-stone-800 [&_a]:text-blue-800 [&_a]:underline [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_ol]:list-decimal [&_ol]:pl-5 [&_ul]:list-disc [&_ul]:pl-5" dangerouslySetInnerHTML={{ __html: process.html }} />
        </section>
      )}
      <p className="mt-8 text-sm text-stone-700">
        Every change to a published verdict is listed in our <a href={paths.corrections} className="text-blue-800 underline">corrections log</a>.
        Also as <a href={paths.methodologyJson} className="text-blue-800 underline">JSON</a>.
      </p>
    </PublicPagesFrame>
  );
}
