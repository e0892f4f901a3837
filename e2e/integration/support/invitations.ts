// Invitation helpers for the integration tests: create a link as an admin, accept one, and age
// the stored row, as if a week had gone by.
import { sql } from './database';
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


/** Moves an invitation's expiry into the past, as if a week had gone by. */
export async function expireInvitation(id: string): Promise<void> {
  await sql(`UPDATE invitation SET "expiresAt" = now() - interval '1 minute' WHERE id = $1`, [id]);
}
