import 'server-only';
import { sqlPool } from '@/lib/server/db/pool';
import { databaseTrouble } from '@/lib/server/db/database-trouble';

/**
 * Whether the database answers, through the app's own pool (a full pool counts as not answering,
 * as it would for the page). Any other error is not an outage and is thrown.
 */
export async function databaseIsReachable(): Promise<boolean> {
  try {
    await sqlPool().query('SELECT 1');
    return true;
  } catch (error) {
    if (databaseTrouble(error) === 'unavailable') return false;
    throw error;
  }
}
