import { apiRoute, json } from '@/lib/server/api/route';
import { listWorkspaceJobs } from '@/lib/server/jobs/list-workspace-jobs';

export const GET = apiRoute(async ({ actor }) => json({ jobs: await listWorkspaceJobs(actor) }));
