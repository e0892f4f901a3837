// How many invitation emails may go out. Anyone who signs up is the admin of a workspace of
// their own, and invitations go to any address typed in: without caps the server's mail relay
// would send whatever volume a stranger asks for, in Factdesk's name. Three caps: per workspace,
// per person inviting (across all their workspaces, so making more workspaces does not help),
// and for the whole server (so making more accounts does not either). A desk invites a few
// people a month; these limits stay far above that.

export const INVITATION_EMAILS_PER_HOUR = 20;
export const INVITATION_EMAILS_PER_DAY = 50;
export const SERVER_INVITATION_EMAILS_PER_HOUR = 300;

export type RecentCounts = { lastHour: number; lastDay: number };

export const invitationEmailLimitReasons = {
  hour: 'Too many invitation emails from this workspace in the last hour; copy the link and send it yourself.',
  day: 'Too many invitation emails from this workspace in the last 24 hours; copy the link and send it yourself.',
  inviterHour: 'You have sent too many invitation emails in the last hour; copy the link and send it yourself.',
  inviterDay: 'You have sent too many invitation emails in the last 24 hours; copy the link and send it yourself.',
  server: 'This server has sent too many invitation emails in the last hour; copy the link and send it yourself.',
} as const;

/**
 * Why this invitation must not be emailed, or null when it may. The counts are invitations with
 * an address made in the window (this one included): of the workspace, of the person inviting,
 * and of the whole server.
 */
export function invitationEmailLimit(counts: { workspace: RecentCounts; inviter: RecentCounts; serverLastHour: number }): string | null {
  if (counts.workspace.lastHour > INVITATION_EMAILS_PER_HOUR) return invitationEmailLimitReasons.hour;
  if (counts.workspace.lastDay > INVITATION_EMAILS_PER_DAY) return invitationEmailLimitReasons.day;
  if (counts.inviter.lastHour > INVITATION_EMAILS_PER_HOUR) return invitationEmailLimitReasons.inviterHour;
  if (counts.inviter.lastDay > INVITATION_EMAILS_PER_DAY) return invitationEmailLimitReasons.inviterDay;
  if (counts.serverLastHour > SERVER_INVITATION_EMAILS_PER_HOUR) return invitationEmailLimitReasons.server;
  return null;
}
