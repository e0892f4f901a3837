import 'server-only';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/server/db/client';
import { loadSampleArticle } from '@/lib/core/document';
import { createUserWithPassword } from '@/lib/server/users/create-user';
import { createArticle } from '@/lib/server/articles/create-article';
import { createClaim } from '@/lib/server/claims/create-claim';
import { updateClaim } from '@/lib/server/claims/update-claim';
import { addEvidence } from '@/lib/server/evidence/evidence';
import { addEvidenceInputSchema } from '@/lib/validations/evidence';
import type { Actor } from '@/lib/server/actor';
import { resolveActor } from '@/lib/server/workspaces/resolve-actor';
import { demoClaims } from './demo-claims';

export const DEMO_EMAIL = 'demo@factdesk.test';

/**
 * On an empty database, a demo workspace with the sample article and a few worked claims.
 * Returns the demo sign-in (its password is random, printed once) or null when there are users.
 */
export async function seedDemoIfEmpty(): Promise<{ email: string; password: string } | null> {
  if ((await db.user.count()) > 0) return null;
  const password = `demo-${randomBytes(6).toString('hex')}`;
  const created = await createUserWithPassword({
    email: DEMO_EMAIL,
    password,
    name: 'Demo Editor',
    workspaceName: 'Demo newsroom',
  });
  const actor = await resolveActor({ id: created.userId, name: 'Demo Editor' }, created.workspace.id);
  if (!actor) throw new Error('The demo user was made without a workspace.');
  await seedSampleReview(actor);
  return { email: DEMO_EMAIL, password };
}

export async function seedSampleReview(actor: Actor) {
  const sample = loadSampleArticle();
  const article = await createArticle(actor, {
    source: 'demo',
    kind: 'text',
    content: sample.document.text,
    metadata: { title: sample.title, outlet: sample.outlet, publishedAt: sample.publishedAt ? new Date(sample.publishedAt) : undefined },
  });
  for (const demo of demoClaims) {
    const claim = await createClaim(actor, article.id, {
      selector: { type: 'TextQuoteSelector', exact: demo.exact },
      statement: demo.statement,
      claimant: demo.claimant,
    });
    for (const evidence of demo.evidence ?? []) {
      await addEvidence(actor, claim.id, addEvidenceInputSchema.parse({ ...evidence, accessedAt: new Date().toISOString() }));
    }
    if (demo.status || demo.verdict || demo.explanation) {
      await updateClaim(actor, claim.id, {
        version: claim.version,
        status: demo.status,
        verdict: demo.verdict,
        explanation: demo.explanation,
      });
    }
  }
  return article;
}
