// Writers that keep a desk busy while something fails: each marks claims (POST with an
// Idempotency-Key, retried with the same key) and changes them (PATCH with the version it read).
// An answer that is lost (no answer, 502, 503, 504) is retried as a careful client would: the POST
// with its key, the PATCH after reading the claim back (it may have committed). Every 2xx is an
// acknowledged write, which verify.ts then looks for in PostgreSQL.
import { randomUUID } from 'node:crypto';
import type { ClaimDto } from '@/lib/validations/claim';
import type { Person } from './desk';
import { QUOTE } from './desk';
import { call, type Answer } from './http';
import { sleep } from './processes';

export type Acknowledged = { creates: Set<string>; changes: { claimId: string; version: number; claimant: string }[] };

export type LoadTally = {
  requests: number;
  /** Answers by status (0: no answer at all). */
  statuses: Map<number, number>;
  /** 503 answers without a Retry-After header. */
  without503RetryAfter: number;
  /** Writes that committed although their first answer was lost (found on a retry). */
  committedUnanswered: number;
  /** Writes given up: an answer that says neither "done" nor "try again", or 60 s of retries. */
  failedWrites: number;
  /** POSTs whose Idempotency-Key stayed "in progress" for 15 s: the first try died mid-way (decision 028). */
  stuckKeys: number;
  /** A PATCH refused as stale although nobody else writes that claim: an update was lost. */
  lostUpdates: number;
  firstFailureAt: number | null;
  lastFailureAt: number | null;
  /** Times of acknowledged writes (ms, performance.now()). */
  ackTimes: number[];
};

const LOST = new Set([0, 502, 503, 504]);
const RETRY_MS = 300;
// A write still not through after this long is given up (and counted): the fault outlasted
// anything a client would wait for.
const GIVE_UP_MS = 60_000;
const STUCK_KEY_MS = 15_000;

export class WriteLoad {
  readonly acknowledged: Acknowledged = { creates: new Set(), changes: [] };
  readonly tally: LoadTally = {
    requests: 0, statuses: new Map(), without503RetryAfter: 0, committedUnanswered: 0, failedWrites: 0, stuckKeys: 0, lostUpdates: 0,
    firstFailureAt: null, lastFailureAt: null, ackTimes: [],
  };
  private stopping = false;
  private workers: Promise<void>[] = [];

  constructor(private base: string, private person: Person, private articleId: string) {}

  start(writers: number): void {
    this.workers = Array.from({ length: writers }, (_, index) => this.writer(index));
  }

  /** Lets every writer finish the write it is doing (its retries included), then resolves. */
  async stop(): Promise<void> {
    this.stopping = true;
    await Promise.all(this.workers);
  }

  private async send<T>(method: string, path: string, json?: unknown, headers: Record<string, string> = {}): Promise<Answer<T>> {
    const answer = await call<T>(this.base, method, path, { token: this.person.token, json, headers, timeoutMs: 40_000 });
    const t = this.tally;
    t.requests += 1;
    t.statuses.set(answer.status, (t.statuses.get(answer.status) ?? 0) + 1);
    if (answer.status === 503 && !answer.headers.get('retry-after')) t.without503RetryAfter += 1;
    if (answer.status === 0 || answer.status >= 500) {
      t.firstFailureAt ??= performance.now();
      t.lastFailureAt = performance.now();
    }
    return answer;
  }

  private acked(): void {
    this.tally.ackTimes.push(performance.now());
  }

  private async writer(index: number): Promise<void> {
    let claim: ClaimDto | null = null;
    for (let round = 0; !this.stopping; round += 1) {
      if (claim === null || round % 4 === 0) claim = (await this.create()) ?? claim;
      else claim = await this.change(claim, `w${index}-${round}`);
    }
  }

  /** POST a claim; the same key on every retry, so a retry never makes a second one. */
  private async create(): Promise<ClaimDto | null> {
    const key = randomUUID();
    const body = { selector: { type: 'TextQuoteSelector', exact: QUOTE } };
    const deadline = performance.now() + GIVE_UP_MS;
    let inProgressSince: number | null = null;
    for (;;) {
      const answer = await this.send<ClaimDto & { error?: { reason?: string } }>('POST', `/api/v1/articles/${this.articleId}/claims`, body, { 'Idempotency-Key': key });
      if (answer.status === 201) {
        this.acknowledged.creates.add(answer.body.id);
        this.acked();
        return answer.body;
      }
      // "Still running" (the first try may be running on the other instance), or lost: retry.
      if ((!LOST.has(answer.status) && answer.status !== 409) || performance.now() > deadline) {
        this.tally.failedWrites += 1;
        return null;
      }
      inProgressSince = answer.body?.error?.reason === 'idempotency_key_in_progress' ? (inProgressSince ?? performance.now()) : null;
      if (inProgressSince !== null && performance.now() - inProgressSince > STUCK_KEY_MS) {
        // A new key could make a duplicate if the first try committed: a careful client stops here.
        this.tally.stuckKeys += 1;
        this.tally.failedWrites += 1;
        return null;
      }
      await sleep(RETRY_MS);
    }
  }

  /** PATCH the claimant; after a lost answer, read the claim back before trying again. */
  private async change(claim: ClaimDto, claimant: string): Promise<ClaimDto> {
    let based = claim;
    let lostOnce = false;
    const deadline = performance.now() + GIVE_UP_MS;
    for (;;) {
      const answer = await this.send<ClaimDto>('PATCH', `/api/v1/claims/${based.id}`, { version: based.version, claimant });
      if (answer.status === 200) {
        this.acknowledged.changes.push({ claimId: based.id, version: answer.body.version, claimant });
        this.acked();
        return answer.body;
      }
      if ((answer.status !== 409 && !LOST.has(answer.status)) || performance.now() > deadline) {
        this.tally.failedWrites += 1;
        return based;
      }
      lostOnce ||= LOST.has(answer.status);
      await sleep(RETRY_MS);
      const current = await this.read(based.id, deadline);
      if (!current) {
        this.tally.failedWrites += 1;
        return based;
      }
      // Committed before its answer was lost: the retry found the change done.
      if (current.claimant === claimant) {
        this.tally.committedUnanswered += 1;
        return current;
      }
      if (answer.status === 409 && !lostOnce) {
        // Nobody else writes this writer's claims: a 409 without a lost answer is a lost update.
        this.tally.lostUpdates += 1;
        return current;
      }
      based = current;
    }
  }

  private async read(claimId: string, deadline: number): Promise<ClaimDto | null> {
    while (performance.now() < deadline) {
      const answer = await this.send<ClaimDto>('GET', `/api/v1/claims/${claimId}`);
      if (answer.status === 200) return answer.body;
      await sleep(RETRY_MS);
    }
    return null;
  }
}

/** "200:812 503:40 0:3": the answers a load got. */
export function statusLine(statuses: Map<number, number>): string {
  return [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}:${count}`).join(' ');
}
