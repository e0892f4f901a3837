// Plain values, no zod: what client components may import (the schemas beside it stay on the
// server; decision 043). The schema module re-exports them.
export const stances = ['supports', 'refutes', 'context'] as const;
export type StanceValue = (typeof stances)[number];

export const stanceLabels: Record<StanceValue, string> = {
  supports: 'Supports',
  refutes: 'Refutes',
  context: 'Adds context',
};
