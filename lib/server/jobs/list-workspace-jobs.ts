import 'server-only';
import { db, Prisma } from '@/lib/server/db/client';
import type { Actor } from '@/lib/server/actor';
import { requirePermission } from '@/lib/server/actor';
import type { JobDto } from '@/lib/validations/job';
import { JOB_SCHEMA, jobLabels, type WorkspaceJobName } from './job-names';
import { JOB_FAILURE } from './job-failure';

const LIMIT = 50;

type JobRow = {
  id: string;
  // Only jobs whose data names a workspace are read: never the server-wide ones.
  name: WorkspaceJobName;
  state: JobDto['state'];
  retryCount: number;
  retryLimit: number;
  createdOn: Date;
  completedOn: Date | null;
  startAfter: Date;
  failureName: string | null;
  failureMessage: string | null;
  subject: string | null;
};

/**
 * The workspace's recent jobs, newest first: admins only, and only jobs whose data names this
 * workspace. pg-boss keeps a finished job here for 12 hours and a failed one for 30 days.
 */
export async function listWorkspaceJobs(actor: Actor): Promise<JobDto[]> {
  requirePermission(actor, 'workspace.manage');
  const rows = await db.$queryRaw<JobRow[]>`
    SELECT j.id::text AS id, j.name, j.state::text AS state, j.retry_count AS "retryCount", j.retry_limit AS "retryLimit",
           j.created_on AS "createdOn", j.completed_on AS "completedOn", j.start_after AS "startAfter",
           j.output->>'name' AS "failureName", j.output->>'message' AS "failureMessage", i.email AS subject
      FROM ${Prisma.raw(JOB_SCHEMA)}.job j
      LEFT JOIN invitation i ON i.id = j.data->>'invitationId' AND i."workspaceId" = ${actor.workspaceId}
     WHERE j.data->>'workspaceId' = ${actor.workspaceId}
     ORDER BY j.created_on DESC
     LIMIT ${LIMIT}`;
  return rows.map(toJobDto);
}

function toJobDto(row: JobRow): JobDto {
  const failed = row.state === 'failed' || row.state === 'retry';
  // Our handlers' own failures are written for people; anything else may be an internal error.
  const failure = !failed ? null : row.failureName === JOB_FAILURE ? row.failureMessage : 'An unexpected error; the server log has the details.';
  return {
    id: row.id,
    kind: row.name,
    label: jobLabels[row.name],
    subject: row.subject,
    state: row.state,
    attempts: row.retryCount + (row.state === 'failed' ? 1 : 0),
    maxAttempts: row.retryLimit + 1,
    createdAt: row.createdOn.toISOString(),
    finishedAt: row.completedOn?.toISOString() ?? null,
    nextAttemptAt: row.state === 'created' || row.state === 'retry' ? row.startAfter.toISOString() : null,
    failure,
  };
}
