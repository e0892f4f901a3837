// Story: the newsroom's CMS learns at once that a verdict was published, with its ClaimReview,
// signed per the Standard Webhooks specification. A receiver that fails is tried again (the
// test server's schedule is seconds, not hours) until it answers 2xx; every attempt is logged;
// an admin can send a message again; redirects are not followed; a rotated secret signs
// everything after it; another workspace's events never reach the endpoint. An endpoint whose
// every attempt failed for five days is turned off and the admin reads why; a success ends a
// failing streak; finished deliveries older than 30 days are forgotten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebhookDeliveryDto, WebhookDeliveryPageDto, WebhookDto, WebhookWithSecretDto } from '@/lib/validations/webhook';
import { createArticle, createMember, type Member } from './support/api';
import { sql } from './support/database';
import { eventually } from './support/eventually';
import { publishClaim, shareArticleWithClaims } from './support/share-fixtures';
import { setSelfApproval } from './support/workspace-settings';
import { RECEIVER_ORIGIN, signatureIsValid, startReceiver, type Receiver } from './support/webhook-receiver';

let admin: Member;
let receiver: Receiver;
let run = 0;

beforeAll(async () => {
  receiver = await startReceiver();
  admin = await createMember('webhooks-delivery');
  // One admin publishes their own verdicts here: the review gate is not this story.
  await setSelfApproval(admin.user.workspace, true);
});

afterAll(async () => {
  await receiver.close();
});

/** A fresh path of the receiver per endpoint, so stories never read each other's messages. */
async function endpoint(events: string[], member = admin): Promise<WebhookWithSecretDto & { path: string }> {
  const path = `/hook-${++run}-${Date.now()}`;
  const created = await member.api.post<WebhookWithSecretDto>('/api/v1/webhooks', { url: `${RECEIVER_ORIGIN}${path}`, events });
  if (created.status !== 201) throw new Error(`Registering failed: ${created.status} ${created.text}`);
  return { ...created.body, path };
}

const messagesTo = (path: string, count: number) =>
  eventually(async () => receiver.to(path), (list) => list.length >= count, `${count} message(s) to ${path}`);

const deliveriesOf = async (id: string) => (await admin.api.get<WebhookDeliveryPageDto>(`/api/v1/webhooks/${id}/deliveries`)).body.deliveries;

const settled = (id: string, done: (d: WebhookDeliveryDto[]) => boolean) => eventually(() => deliveriesOf(id), done, 'the deliveries log');

describe('webhook deliveries', () => {
  it('deliver claim.published with a valid signature and the verdict’s ClaimReview', async () => {
    const hook = await endpoint(['claim.published']);
    const article = await shareArticleWithClaims(admin.api, 'Bridge traffic');
    const claim = await publishClaim(admin.api, article.id, 'carried 40,000 cars a day', { statement: 'The harbour bridge carried 40,000 cars a day in 2024' });

    const [message] = await messagesTo(hook.path, 1);
    expect(signatureIsValid(hook.secret, message!)).toBe(true);
    expect(message!.headers['webhook-id']).toMatch(/^msg_[a-f0-9]{32}$/);
    expect(message!.headers['content-type']).toBe('application/json');
    const body = JSON.parse(message!.body);
    expect(body).toMatchObject({ type: 'claim.published', data: { claim: { id: claim.id, status: 'published', verdict: { key: 'false' } }, publiclyShared: false } });
    expect(body.data.claimReview).toMatchObject({
      '@type': 'ClaimReview',
      claimReviewed: 'The harbour bridge carried 40,000 cars a day in 2024',
      reviewRating: { '@type': 'Rating', alternateName: 'False' },
      itemReviewed: { appearance: [{ url: 'https://news.example/harbour', headline: 'Bridge traffic' }] },
    });
    expect(Date.parse(body.timestamp)).not.toBeNaN();

    const [delivery] = await settled(hook.id, (list) => list[0]?.status === 'delivered');
    expect(delivery).toMatchObject({ id: message!.headers['webhook-id'], eventType: 'claim.published', attemptCount: 1, nextAttemptAt: null });
    expect(delivery!.attempts).toEqual([expect.objectContaining({ trigger: 'auto', status: 200, responseExcerpt: 'thanks', error: null })]);
    // Only the events subscribed to: the article's creation was not sent here.
    expect(receiver.to(hook.path)).toHaveLength(1);
  });

  it('retry a failing receiver until it answers 2xx, log every attempt, and send again with the same id', async () => {
    const hook = await endpoint(['article.created']);
    receiver.script(hook.path, [500, 503, 200]);
    const article = await createArticle(admin.api, { title: 'Ferry timetable', text: 'The ferry is never late.' });

    const messages = await messagesTo(hook.path, 3);
    const ids = new Set(messages.map((m) => m.headers['webhook-id']));
    expect(ids.size).toBe(1);
    expect(new Set(messages.map((m) => m.body)).size).toBe(1);
    for (const m of messages) expect(signatureIsValid(hook.secret, m)).toBe(true);
    expect(JSON.parse(messages[0]!.body)).toMatchObject({ type: 'article.created', data: { article: { id: article.id, title: 'Ferry timetable' } } });

    const [delivery] = await settled(hook.id, (list) => list[0]?.status === 'delivered');
    expect(delivery!.attemptCount).toBe(3);
    expect(delivery!.attempts.map((a) => a.status)).toEqual([200, 503, 500]);
    // The receiver's answer is kept short and without its terminal escape.
    expect(delivery!.attempts[2]!.responseExcerpt).toBe('[31mtrouble 500');

    const again = await admin.api.post(`/api/v1/webhooks/${hook.id}/deliveries/${delivery!.id}/redeliver`);
    expect(again.status).toBe(202);
    const [, , , resent] = await messagesTo(hook.path, 4);
    expect(resent!.headers['webhook-id']).toBe(delivery!.id);
    expect(resent!.body).toBe(messages[0]!.body);
    expect(signatureIsValid(hook.secret, resent!)).toBe(true);
    const [logged] = await settled(hook.id, (list) => list[0]!.attempts.length === 4);
    expect(logged!.attempts[0]).toMatchObject({ trigger: 'manual', status: 200 });
  }, 60_000);

  it('do not follow a redirect: the answer counts as a failure, the target never hears of it', async () => {
    const hook = await endpoint(['article.created']);
    const target = `${hook.path}-target`;
    receiver.script(hook.path, [{ redirectTo: target }]);
    await createArticle(admin.api, { title: 'Toll plans', text: 'The toll will be scrapped next spring.' });

    const [delivery] = await settled(hook.id, (list) => (list[0]?.attempts.length ?? 0) >= 2);
    expect(delivery!.status).not.toBe('delivered');
    expect(delivery!.attempts[0]).toMatchObject({ status: 302 });
    expect(delivery!.attempts[0]!.error).toMatch(/redirects are not followed/);
    expect(receiver.to(target)).toHaveLength(0);
    await admin.api.delete(`/api/v1/webhooks/${hook.id}`);
  }, 60_000);

  it('sign with the new secret once it is rotated', async () => {
    const hook = await endpoint(['article.created']);
    const rotated = await admin.api.post<WebhookWithSecretDto>(`/api/v1/webhooks/${hook.id}/rotate-secret`);
    await createArticle(admin.api, { title: 'Rotation', text: 'A story after the rotation.' });
    const [message] = await messagesTo(hook.path, 1);
    expect(signatureIsValid(rotated.body.secret, message!)).toBe(true);
    expect(signatureIsValid(hook.secret, message!)).toBe(false);
  });

  it('never send another workspace’s events, nor anything to a disabled endpoint', async () => {
    const hook = await endpoint(['article.created']);
    const stranger = await createMember('webhooks-other-desk');
    const strangers = await createArticle(stranger.api, { title: 'Not yours', text: 'Another desk’s story.' });
    const ours = await createArticle(admin.api, { title: 'Ours', text: 'Our own story.' });
    const [message] = await messagesTo(hook.path, 1);
    expect(JSON.parse(message!.body).data.article.id).toBe(ours.id);
    const log = await deliveriesOf(hook.id);
    expect(log).toHaveLength(1);
    expect(receiver.received.some((m) => m.body.includes(strangers.id))).toBe(false);

    await admin.api.patch(`/api/v1/webhooks/${hook.id}`, { enabled: false });
    await createArticle(admin.api, { title: 'While disabled', text: 'Nobody is told.' });
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
  });

  it('turn off an endpoint whose every attempt failed for five days, tell the admin why, and let them turn it on again', async () => {
    const hook = await endpoint(['article.created']);
    receiver.script(hook.path, [500]);
    // Five days of failures behind it already (the story cannot wait that long).
    await sql(`UPDATE webhook_endpoint SET "failingSince" = now() - interval '5 days 1 minute' WHERE id = $1`, [hook.id]);
    await createArticle(admin.api, { title: 'Ferry fares', text: 'Fares rose again.' });

    const read = async () => (await admin.api.get<WebhookDto>(`/api/v1/webhooks/${hook.id}`)).body;
    const off = await eventually(read, (w) => !w.enabled, 'the endpoint turned off');
    expect(off.disabledReason).toBe(
      'Turned off automatically: every delivery attempt failed for 5 days (the last: HTTP 500). Fix the receiver, then turn the endpoint on again.',
    );
    expect(off.disabledAt).not.toBeNull();
    // Its retries are not sent, nor are new messages made while it is off.
    await settled(hook.id, (log) => log.length === 1 && log[0]!.status === 'failed');
    await createArticle(admin.api, { title: 'Ferry timetable', text: 'Boats leave on the hour.' });
    expect(await deliveriesOf(hook.id)).toHaveLength(1);
    expect(receiver.to(hook.path)).toHaveLength(1);

    receiver.script(hook.path, [200]);
    const on = await admin.api.patch<WebhookDto>(`/api/v1/webhooks/${hook.id}`, { enabled: true });
    expect(on.body).toMatchObject({ enabled: true, disabledReason: null, disabledAt: null, failingSince: null });
    await createArticle(admin.api, { title: 'Ferry news', text: 'A new boat arrives.' });
    await messagesTo(hook.path, 2);
  });

  it('end a failing streak with a 2xx, and forget finished deliveries older than 30 days', async () => {
    const hook = await endpoint(['article.created']);
    const [{ workspaceId }] = (await sql<{ workspaceId: string }>(`SELECT "workspaceId" FROM webhook_endpoint WHERE id = $1`, [hook.id])) as [{ workspaceId: string }];
    const old = (id: string, days: number) =>
      sql(
        `INSERT INTO webhook_delivery (id, "workspaceId", "endpointId", "eventType", subject, "occurredAt", status, "attemptCount")
         VALUES ($1, $2, $3, 'article.created', '{}', now() - make_interval(days => $4::int), 'delivered', 1)`,
        [id, workspaceId, hook.id, days],
      );
    await old(`msg_old31_${hook.id}`, 31);
    await old(`msg_old29_${hook.id}`, 29);
    // A day of failures behind it, then one more, then a 2xx.
    await sql(`UPDATE webhook_endpoint SET "failingSince" = now() - interval '1 day' WHERE id = $1`, [hook.id]);
    const read = async () => (await admin.api.get<WebhookDto>(`/api/v1/webhooks/${hook.id}`)).body;
    expect((await read()).failingSince).not.toBeNull();
    receiver.script(hook.path, [500, 200]);
    await createArticle(admin.api, { title: 'Tram lines', text: 'A new line opens.' });

    const log = await settled(hook.id, (deliveries) => deliveries.some((d) => d.status === 'delivered' && d.attemptCount === 2));
    expect(log.map((d) => d.id)).not.toContain(`msg_old31_${hook.id}`);
    expect(log.map((d) => d.id)).toContain(`msg_old29_${hook.id}`);
    expect(await read()).toMatchObject({ enabled: true, failingSince: null, disabledReason: null });
  });
});
