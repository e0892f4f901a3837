// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
/** A member's role in a workspace; what each may do is lib/core/permissions. */
export const roles = ['admin', 'editor', 'checker', 'viewer'] as const;
export type RoleName = (typeof roles)[number];
