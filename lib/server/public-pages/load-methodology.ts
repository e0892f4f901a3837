import 'server-only';
import { db } from '@/lib/server/db/client';
import { methodologyHtml } from '@/lib/core/public-pages/methodology-html';
import type { PublicWorkspace } from './read-public-workspace';

export type PublicRating = { key: string; label: string; definition: string; value: number | null; color: string | null };

export type Methodology = {
  workspace: { name: string; url: string | null };
  scale: { worst: number; best: number; ratings: PublicRating[] };
  /** The review process in the workspace's own words: the Markdown and its sanitised HTML. */
  process: { markdown: string; html: string };
};

/** The offered verdicts (retired ones are no longer the method) and the workspace's own text. */
export async function loadMethodology(workspace: PublicWorkspace): Promise<Methodology> {
  const ratings = await db.rating.findMany({
    where: { workspaceId: workspace.id, retiredAt: null },
    orderBy: [{ position: 'asc' }, { key: 'asc' }],
    select: { key: true, label: true, description: true, value: true, color: true },
  });
  return {
    workspace: { name: workspace.name, url: workspace.organizationUrl },
    scale: {
      worst: workspace.worst,
      best: workspace.best,
      ratings: ratings.map((r) => ({ key: r.key, label: r.label, definition: r.description, value: r.value, color: r.color })),
    },
    process: { markdown: workspace.methodologyMarkdown, html: methodologyHtml(workspace.methodologyMarkdown) },
  };
}
