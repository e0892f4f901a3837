'use client';

import { leaveWorkspaceAction } from '@/app/(app)/settings/members/actions';
import { ConfirmButton } from './confirm-button';

export function LeaveWorkspace({ lastAdmin }: { lastAdmin: boolean }) {
  if (lastAdmin) {
    return (
      <p className="text-sm text-stone-700">
        You are the only admin, so you cannot leave. Make someone else admin first; a workspace always keeps one.
      </p>
    );
  }
  return (
    <div className="flex flex-wrap items-center justify-between gap-4">
      <p className="text-sm text-stone-700">You lose access to its articles and your API tokens for it stop working.</p>
      <ConfirmButton
        label="Leave workspace"
        question="Leave this workspace?"
        confirmLabel="Leave"
        pendingLabel="Leaving…"
        onConfirm={leaveWorkspaceAction}
      />
    </div>
  );
}
