// Who may do what in a workspace. Pure, so that the data layer, the pages (to hide controls
// a member cannot use) and the tests read one table.

export const roles = ['admin', 'editor', 'checker', 'viewer'] as const;
export type RoleName = (typeof roles)[number];

export const actions = [
  'article.read',
  'article.create',
  'claim.create',
  'claim.edit',
  'claim.delete',
  'claim.publish',
  'evidence.edit',
  'workspace.manage',
  'token.create',
] as const;
export type Action = (typeof actions)[number];

const grants: Record<RoleName, readonly Action[]> = {
  admin: actions,
  editor: [
    'article.read',
    'article.create',
    'claim.create',
    'claim.edit',
    'claim.delete',
    'claim.publish',
    'evidence.edit',
    'token.create',
  ],
  checker: ['article.read', 'article.create', 'claim.create', 'claim.edit', 'evidence.edit', 'token.create'],
  viewer: ['article.read'],
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
