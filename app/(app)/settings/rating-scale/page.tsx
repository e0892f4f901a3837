import type { Metadata } from 'next';
import { requirePageActor } from '@/lib/server/workspaces/page-actor';
import { listRatingChanges, listRatingScale } from '@/lib/server/ratings/list-rating-scale';
import { can } from '@/lib/core/permissions/permissions';
import { RatingScaleEditor } from '@/components/rating-scale/rating-scale-editor';
import { RatingHistory } from '@/components/rating-scale/rating-history';

export const metadata: Metadata = { title: 'Rating scale' };

export default async function RatingScaleSettingsPage() {
  const actor = await requirePageActor();
  if (!can(actor.role, 'workspace.manage')) {
    return <p className="text-sm text-stone-700">Only admins of this workspace can edit its rating scale.</p>;
  }
  const [scale, changes] = await Promise.all([listRatingScale(actor), listRatingChanges(actor)]);
  return (
    <div className="space-y-8">
      <div>
        <h1 className="text-xl font-semibold">Rating scale</h1>
        <p className="mt-2 max-w-2xl text-sm text-stone-700">
          The verdicts checkers choose from, truest first. Higher values are truer; outcomes off the scale (such as Unproven) have no value.
          Published verdicts keep the label and value they were published with. A verdict in use cannot be deleted: retire it and it is no
          longer offered, while the claims that carry it keep showing it.
        </p>
      </div>
      <RatingScaleEditor scale={scale} />
      <RatingHistory changes={changes} />
    </div>
  );
}
