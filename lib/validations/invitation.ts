import { z } from 'zod';
import { idSchema, isoDateTime, textInput } from './common';
import { roleSchema } from './member';

export const createInvitationInputSchema = z
  .object({
    role: roleSchema,
    email: textInput()
      .trim()
      .toLowerCase()
      .max(320, 'The email is too long')
      .pipe(z.union([z.literal(''), z.email('Enter a valid email address, or leave it empty')]))
      .optional()
      .meta({ description: 'Who the link is meant for: emailed the link when the server has a mail relay, else a note for admins. The link works for whoever accepts it first.' }),
  })
  .strict()
  .meta({ id: 'CreateInvitationInput' });
export type CreateInvitationInput = z.infer<typeof createInvitationInputSchema>;

export const invitationSchema = z
  .object({
    id: idSchema,
    role: roleSchema,
    email: z.string().nullable(),
    invitedBy: z.string().nullable().meta({ description: 'Name of the admin who made the link' }),
    createdAt: isoDateTime,
    expiresAt: isoDateTime,
    emailStatus: z
      .enum(['queued', 'sent', 'retrying', 'failed'])
      .nullable()
      .meta({ description: 'Where the email of the link stands (null: none was sent): queued, sent, retrying (the relay could not take it yet; tried again with backoff) or failed' }),
    emailFailure: z.string().nullable().meta({ description: 'Why the last attempt to email the link failed, when it did' }),
  })
  .meta({ id: 'Invitation' });
export type InvitationDto = z.infer<typeof invitationSchema>;

export const invitationDeliverySchema = z
  .object({
    status: z.enum(['queued', 'failed', 'not_configured', 'no_address', 'rate_limited']),
    reason: z.string().optional().meta({ description: 'Why the email will not be sent (status failed or rate_limited)' }),
  })
  .meta({
    id: 'InvitationDelivery',
    description:
      'Whether the link is being emailed to the given address: only when the server has a mail relay (FACTDESK_SMTP_URL), and at most 20 invitations with an address per workspace in an hour and 50 in 24 hours (past that: rate_limited). queued: a background job sends it, retrying while the relay is out of reach; the invitation\'s emailStatus (GET /api/v1/invitations) then says sent, retrying or failed. The invitation exists in every case; send the url yourself unless the email is sent.',
  });
export type InvitationDeliveryDto = z.infer<typeof invitationDeliverySchema>;

export const createdInvitationSchema = invitationSchema
  .extend({
    token: z.string().meta({ description: 'The secret of the link; shown once and stored only as a SHA-256' }),
    url: z.string().meta({ format: 'uri', description: 'The link to send; it works once, until it expires' }),
    emailDelivery: invitationDeliverySchema,
  })
  .meta({ id: 'CreatedInvitation' });
export type CreatedInvitationDto = z.infer<typeof createdInvitationSchema>;

/** The token part of an invitation link: 32 random bytes, base64url (43 characters). */
export const invitationTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const acceptInvitationInputSchema = z
  .object({ token: z.string().min(1, 'Give the token of the invitation link').max(200) })
  .strict()
  .meta({ id: 'AcceptInvitationInput' });

export const acceptedInvitationSchema = z
  .object({
    outcome: z.enum(['joined', 'already-member']).meta({ description: 'already-member leaves the link unused' }),
    workspace: z.object({ id: idSchema, name: z.string() }),
    role: roleSchema.meta({ description: 'Your role in that workspace now' }),
  })
  .meta({ id: 'AcceptedInvitation' });
