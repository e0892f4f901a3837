// 50 editors change one claim at the same moment, each sending the version it last saw. The
// version check must let exactly one writer of each version through: no acknowledged change
// is overwritten unseen, each is one history row, and the versions run without a gap.
import pg from 'pg';
import type { ClaimDto } from '@/lib/validations/claim';
import { createArticle, createClaim, type Person } from '../desk';
import { call } from '../http';
import { sleep } from '../processes';
import type { Report } from '../report';

const NAME = 'concurrent editors';

export async function concurrentEditors(report: Report, base: string, databaseUrl: string, person: Person, editors: number, writesEach: number) {
  const articleId = await createArticle(base, person, 'Fifty editors');
  const claim = await createClaim(base, person, articleId);
  const acks: { version: number; claimant: string }[] = [];
  let conflicts = 0;
  let other = 0;
  const started = performance.now();
  const deadline = started + 180_000;

  await Promise.all(Array.from({ length: editors }, async (_, editor) => {
    let version = claim.version;
    for (let write = 0; write < writesEach && performance.now() < deadline; ) {
      const claimant = `editor-${editor}-${write}`;
      const answer = await call<ClaimDto & { error?: { current?: ClaimDto } }>(base, 'PATCH', `/api/v1/claims/${claim.id}`, { token: person.token, json: { version, claimant } });
      if (answer.status === 200) {
        acks.push({ version: answer.body.version, claimant });
        version = answer.body.version;
        write += 1;
      } else if (answer.status === 409 && answer.body.error?.current) {
        // The 409 carries the claim as it is now: a real editor sees it and saves again.
        conflicts += 1;
        version = answer.body.error.current.version;
        await sleep(Math.random() * 50);
      } else {
        other += 1;
        await sleep(200);
        const current = await call<ClaimDto>(base, 'GET', `/api/v1/claims/${claim.id}`, { token: person.token });
        if (current.status === 200) version = current.body.version;
      }
    }
  }));
  const seconds = (performance.now() - started) / 1000;

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows: [final] } = await client.query<{ version: number; claimant: string }>('SELECT version, claimant FROM claim WHERE id = $1', [claim.id]);
  const { rows: events } = await client.query<{ fromValue: string; toValue: string }>(
    `SELECT "fromValue", "toValue" FROM claim_event WHERE "claimId" = $1 AND kind = 'updated' AND field = 'claimant'`, [claim.id]);
  await client.end();

  acks.sort((x, y) => x.version - y.version);
  const from = new Map(events.map((e) => [e.toValue, e.fromValue ?? '']));
  // Each acknowledged change was based on the one acknowledged just before it.
  const broken = acks.filter((ack, i) => from.get(ack.claimant) !== (i === 0 ? claim.claimant : acks[i - 1]!.claimant)).length;
  const contiguous = acks.every((ack, i) => ack.version === claim.version + 1 + i);

  report.figure(NAME, 'editors × acknowledged writes each', `${editors} × ${writesEach} = ${acks.length}`);
  report.figure(NAME, 'PATCHes answered 409 (stale version), then retried', conflicts);
  report.figure(NAME, 'other answers', other);
  report.figure(NAME, 'time / acknowledged writes a second', `${seconds.toFixed(1)} s / ${(acks.length / seconds).toFixed(0)}`);
  report.figure(NAME, 'final version / history rows', `${final?.version} / ${events.length}`);
  report.check(NAME, '0 lost updates: every change was based on the one before it', broken === 0 && final?.claimant === acks.at(-1)?.claimant, `${broken} broken links`);
  report.check(NAME, 'every acknowledged change is one history row', events.length === acks.length, `${events.length} rows for ${acks.length} changes`);
  report.check(NAME, 'versions contiguous', contiguous && final?.version === claim.version + acks.length, `final ${final?.version}`);
  report.check(NAME, 'every editor got their changes through within 3 minutes', acks.length === editors * writesEach, `${acks.length} of ${editors * writesEach}`);
  report.check(NAME, 'no answer but 200 and 409', other === 0, `${other} others`);
}
