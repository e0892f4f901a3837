import 'server-only';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import { CSV_BOM } from '@/lib/core/exports/csv';
import { claimsCsvHeader, claimsCsvRecords } from '@/lib/core/claims-view/claims-csv';
import type { ClaimsViewFilters } from '@/lib/validations/claims-view';
import { eachWorkspaceClaimsPage } from './list-workspace-claims';

/**
 * The filtered claims as a CSV stream: read a batch at a time by the keyset and written as it
 * comes, so a desk of 100,000 claims never sits in memory. The first batch is read before the
 * answer starts, so a refused request (a bad filter, no permission) is still a clean error.
 */
export async function streamClaimsCsv(actor: Actor, filters: ClaimsViewFilters): Promise<ReadableStream<Uint8Array>> {
  requirePermission(actor, 'article.read');
  const pages = eachWorkspaceClaimsPage(actor, filters);
  const first = await pages.next();
  const encoder = new TextEncoder();
  let started = false;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!started) {
        started = true;
        controller.enqueue(encoder.encode(CSV_BOM + claimsCsvHeader() + (first.done ? '' : claimsCsvRecords(first.value))));
        if (first.done) controller.close();
        return;
      }
      try {
        const next = await pages.next();
        if (next.done) controller.close();
        else controller.enqueue(encoder.encode(claimsCsvRecords(next.value)));
      } catch (error) {
        console.error('Claims CSV export failed mid-stream', error);
        controller.error(error);
      }
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}
