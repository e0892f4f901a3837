// Invitation helpers for the integration tests: create a link as an admin, and look at (or age)
// the stored row directly, for what the API rightly never shows (the hash, the clock).
import pg from 'pg';
import type { CreatedInvitationDto } from '@/lib/validations/invitation';
import type { Api } from './api';

export async function invite(api: Api, input: { role: string; email?: string }): Promise<CreatedInvitationDto> {
  const response = await api.post<CreatedInvitationDto>('/api/v1/invitations', input);
  if (response.status !== 201) throw new Error(`Creating an invitation failed: ${response.status} ${response.text}`);
  return response.body;
}

export type Accepted = { outcome: 'joined' | 'already-member'; workspace: { id: string; name: string }; role: string };

export function accept(api: Api, token: string) {
  return api.post<Accepted & { error: { code: string; message: string } }>('/api/v1/invitations/accept', { token });
}

/** Runs one statement against the test database (npm test sets DATABASE_URL). */
export async function sql<T extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

/** Moves an invitation's expiry into the past, as if a week had gone by. */
export async function expireInvitation(id: string): Promise<void> {
  await sql(`UPDATE invitation SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
}
