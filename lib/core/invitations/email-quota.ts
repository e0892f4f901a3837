// How many invitation emails one workspace may send. Anyone who signs up is the admin of a
// workspace of their own, and invitations go to any address typed in: without a cap the
// server's mail relay would send whatever volume a stranger asks for, in Factdesk's name.
// A desk invites a few people a month; these limits stay far above that.

export const INVITATION_EMAILS_PER_HOUR = 20;
export const INVITATION_EMAILS_PER_DAY = 50;

export const invitationEmailLimitReasons = {
  hour: 'Too many invitation emails from this workspace in the last hour; copy the link and send it yourself.',
  day: 'Too many invitation emails from this workspace in the last 24 hours; copy the link and send it yourself.',
} as const;

/**
 * Why this invitation must not be emailed, or null when it may. The counts are the workspace's
 * invitations with an address made in the last hour and the last 24 hours, this one included.
 */
export function invitationEmailLimit(counts: { lastHour: number; lastDay: number }): string | null {
  if (counts.lastHour > INVITATION_EMAILS_PER_HOUR) return invitationEmailLimitReasons.hour;
  if (counts.lastDay > INVITATION_EMAILS_PER_DAY) return invitationEmailLimitReasons.day;
  return null;
}
