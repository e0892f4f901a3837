import 'server-only';
import { db } from '@/lib/server/db/client';
import { RETRY_AFTER_SECONDS } from '@/lib/server/db/database-trouble';
import { checkReadiness, type Readiness } from './check-readiness';

/** When a load balancer should ask again after "not ready": as for any outage answer. */
export const NOT_READY_RETRY_AFTER_SECONDS = RETRY_AFTER_SECONDS;

/** This instance's readiness, through its own connection pool (so a full pool shows too). */
export function getAppReadiness(): Promise<Readiness> {
  return checkReadiness((sql) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql));
}
