// Story: an admin registers the newsroom's systems as webhook endpoints. The signing secret is
// shown once; addresses inside the network are refused; other roles and other workspaces can
// neither see nor touch them; malformed requests are told so.
import { beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDto, WebhookListDto, WebhookWithSecretDto } from '@/lib/validations/webhook';
import { createMember, createTeammate, type ApiError, type Member } from './support/api';
import { RECEIVER_ORIGIN } from './support/webhook-receiver';

let admin: Member;

beforeAll(async () => {
  admin = await createMember('webhooks-admin');
});

const register = (member: Member, input: Record<string, unknown>) => member.api.post<WebhookWithSecretDto & { error: ApiError }>('/api/v1/webhooks', input);

describe('registering an endpoint', () => {
  it('answers the secret once; lists, reads, changes and deletes without it', async () => {
    const created = await register(admin, { url: `${RECEIVER_ORIGIN}/cms`, description: 'CMS', events: ['claim.published', 'claim.published', 'article.created'] });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ url: `${RECEIVER_ORIGIN}/cms`, description: 'CMS', events: ['claim.published', 'article.created'], enabled: true, lastDelivery: null });
    expect(created.body.secret).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
    const id = created.body.id;

    const listed = await admin.api.get<WebhookListDto>('/api/v1/webhooks');
    expect(listed.body.webhooks.map((w) => w.id)).toContain(id);
    expect(listed.text).not.toContain(created.body.secret);
    const read = await admin.api.get<WebhookDto>(`/api/v1/webhooks/${id}`);
    expect(read.body).not.toHaveProperty('secret');

    const changed = await admin.api.patch<WebhookDto>(`/api/v1/webhooks/${id}`, { enabled: false, events: ['share_link.revoked'] });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ enabled: false, events: ['share_link.revoked'] });

    const rotated = await admin.api.post<WebhookWithSecretDto>(`/api/v1/webhooks/${id}/rotate-secret`);
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).toMatch(/^whsec_/);
    expect(rotated.body.secret).not.toBe(created.body.secret);

    expect((await admin.api.delete(`/api/v1/webhooks/${id}`)).status).toBe(204);
    expect((await admin.api.get(`/api/v1/webhooks/${id}`)).status).toBe(404);
    expect((await admin.api.delete(`/api/v1/webhooks/${id}`)).status).toBe(404);
  });

  it.each([
    ['a private address', 'http://10.0.0.1/hook', 'address_not_allowed'],
    ['the cloud metadata address', 'http://169.254.169.254/latest/meta-data', 'address_not_allowed'],
    ['an IPv6 loopback', 'https://[::1]/hook', 'address_not_allowed'],
    ['the loopback on a port not allowed', 'http://127.0.0.1:5432/', 'address_not_allowed'],
    ['a decimal spelling of the loopback', 'https://2130706433/hook', 'address_not_allowed'],
    ['plain http to a public address, in production', 'http://93.184.216.34/factdesk', 'scheme_not_allowed'],
  ])('refuses %s, saying why', async (_what, url, reason) => {
    const refused = await register(admin, { url, events: ['claim.published'] });
    expect(refused.status).toBe(422);
    expect(refused.body.error.reason).toBe(reason);
    expect(refused.body.error.fields?.url?.[0]).toBeTruthy();
  });

  it('vets a changed address as it vets a new one', async () => {
    const created = await register(admin, { url: `${RECEIVER_ORIGIN}/moving`, events: ['article.created'] });
    const moved = await admin.api.patch<{ error: ApiError }>(`/api/v1/webhooks/${created.body.id}`, { url: 'http://192.168.1.20/hook' });
    expect(moved.status).toBe(422);
    expect(moved.body.error.reason).toBe('address_not_allowed');
  });

  it('tells a malformed request what is wrong: 400 for what is not JSON, 422 for fields', async () => {
    expect((await admin.api.send('POST', '/api/v1/webhooks', { raw: '{"url": ', headers: { 'content-type': 'application/json' } })).status).toBe(400);
    const cases: Record<string, unknown>[] = [
      { url: `${RECEIVER_ORIGIN}/x`, events: [] },
      { url: `${RECEIVER_ORIGIN}/x`, events: ['claim.deleted'] },
      { url: 'ftp://files.example.org/x', events: ['claim.published'] },
      { url: `${RECEIVER_ORIGIN}/x`, events: ['claim.published'], secret: 'mine' },
      { events: ['claim.published'] },
    ];
    for (const input of cases) expect((await register(admin, input)).status, JSON.stringify(input)).toBe(422);
    const created = await register(admin, { url: `${RECEIVER_ORIGIN}/x`, events: ['claim.published'] });
    expect((await admin.api.patch(`/api/v1/webhooks/${created.body.id}`, {})).status).toBe(422);
    expect((await admin.api.get(`/api/v1/webhooks/${created.body.id}/deliveries?cursor=not*a*cursor`)).status).toBe(400);
  });
});

describe('who may', () => {
  it('refuses editors and other roles (403), and hides endpoints from other workspaces (404)', async () => {
    const created = await register(admin, { url: `${RECEIVER_ORIGIN}/private`, events: ['claim.published'] });
    const id = created.body.id;
    for (const role of ['editor', 'checker', 'viewer'] as const) {
      const member = await createTeammate(admin, role);
      expect((await member.api.get('/api/v1/webhooks')).status).toBe(403);
      expect((await register(member, { url: `${RECEIVER_ORIGIN}/x`, events: ['claim.published'] })).status).toBe(403);
      expect((await member.api.post(`/api/v1/webhooks/${id}/rotate-secret`)).status).toBe(403);
    }

    const stranger = await createMember('webhooks-stranger');
    expect((await stranger.api.get<WebhookListDto>('/api/v1/webhooks')).body.webhooks.map((w) => w.id)).not.toContain(id);
    expect((await stranger.api.get(`/api/v1/webhooks/${id}`)).status).toBe(404);
    expect((await stranger.api.patch(`/api/v1/webhooks/${id}`, { enabled: false })).status).toBe(404);
    expect((await stranger.api.post(`/api/v1/webhooks/${id}/rotate-secret`)).status).toBe(404);
    expect((await stranger.api.get(`/api/v1/webhooks/${id}/deliveries`)).status).toBe(404);
    expect((await stranger.api.post(`/api/v1/webhooks/${id}/deliveries/msg_abc/redeliver`)).status).toBe(404);
    expect((await stranger.api.delete(`/api/v1/webhooks/${id}`)).status).toBe(404);
    expect((await admin.api.get<WebhookDto>(`/api/v1/webhooks/${id}`)).body.enabled).toBe(true);
  });
});
