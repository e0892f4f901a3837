import 'server-only';
import { db } from '@/lib/server/db/client';
import { requirePermission, type Actor } from '@/lib/server/actor';
import { seal } from '@/lib/server/jobs/seal';
import { generateWebhookSecret } from '@/lib/core/webhooks/signature';
import type { CreateWebhookInput, WebhookWithSecretDto } from '@/lib/validations/webhook';
import { requireWebhookUrl } from './vet-webhook-url';
import { toWebhookDto, webhookSelect } from './webhook-shape';

// The signing secret is stored sealed (it must stay usable to sign, so a hash would not do) and
// is in this answer only (decision 034).
export async function createWebhook(actor: Actor, input: CreateWebhookInput): Promise<WebhookWithSecretDto> {
  requirePermission(actor, 'workspace.manage');
  await requireWebhookUrl(input.url);
  const secret = generateWebhookSecret();
  const row = await db.webhookEndpoint.create({
    data: { ...input, workspaceId: actor.workspaceId, createdById: actor.userId, secretSealed: seal(secret) },
    select: webhookSelect,
  });
  return { ...toWebhookDto(row), secret };
}
