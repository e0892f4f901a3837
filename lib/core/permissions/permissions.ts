// Who may do what in a workspace. Pure, so that the data layer, the pages (to hide controls
// a member cannot use) and the tests read one table.

import type { RoleName } from '@/lib/validations/member-values';

// The roles are defined with their schema (the layer below); re-exported for the table's readers.
export { roles, type RoleName } from '@/lib/validations/member-values';

export const actions = [
  'article.read',
  'article.create',
  // Correct an article's metadata; delete an article imported by mistake (decision 042).
  'article.edit',
  'article.delete',
  'claim.create',
  'claim.edit',
  'claim.delete',
  // Approve a proposed verdict (needs review → published), send it back, or correct a published one.
  'claim.publish',
  'claim.assign',
  'comment.create',
  // Delete anyone's comment (moderation); authors may always delete their own.
  'comment.moderate',
  'evidence.edit',
  // Record correction requests (interventions) on claims and their responses and outcomes.
  'correction.record',
  // Create public links to published verdicts and article reviews; revoke one's own.
  'share.create',
  // See every live link of the workspace and revoke any of them.
  'share.manage',
  // Invite members, change roles, remove members.
  'member.manage',
  // Workspace settings: name, organisation, rating scale, self-approval; backup and restore.
  'workspace.manage',
  // Make, list and revoke one's own API tokens.
  'token.create',
  // See and revoke every API token of the workspace.
  'token.manage',
  // The desk dashboard: throughput, turnaround, backlog, corrections.
  'dashboard.read',
] as const;
export type Action = (typeof actions)[number];

const researcher: readonly Action[] = [
  'article.read',
  'article.create',
  'claim.create',
  'claim.edit',
  'claim.assign',
  'comment.create',
  'evidence.edit',
  'correction.record',
  'token.create',
];

const grants: Record<RoleName, readonly Action[]> = {
  admin: actions,
  editor: [...researcher, 'article.edit', 'article.delete', 'claim.delete', 'claim.publish', 'share.create', 'dashboard.read'],
  checker: researcher,
  // A viewer's token reads what the viewer may read: their role refuses every write anyway.
  viewer: ['article.read', 'token.create'],
};

export function can(role: RoleName, action: Action): boolean {
  return grants[role].includes(action);
}

export const roleLabels: Record<RoleName, string> = {
  admin: 'Admin',
  editor: 'Editor',
  checker: 'Checker',
  viewer: 'Viewer',
};
