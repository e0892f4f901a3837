'use client';

import { useId, useState, useTransition } from 'react';
import { changeMemberRoleAction } from '@/app/(app)/settings/members/actions';
import { roleLabels, roles, type RoleName } from '@/lib/core/permissions/permissions';
import type { MemberDto } from '@/lib/validations/member';

/** Changes a member's role as soon as another is chosen; a refusal puts the old role back and says why. */
export function MemberRoleSelect({ member }: { member: MemberDto }) {
  const [role, setRole] = useState<RoleName>(member.role);
  const [error, setError] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [pending, startTransition] = useTransition();
  const errorId = useId();

  function change(next: RoleName) {
    const previous = role;
    setRole(next);
    setError(undefined);
    setSaved(false);
    startTransition(async () => {
      const result = await changeMemberRoleAction(member.userId, next);
      if (result.error) {
        setRole(previous);
        setError(result.error);
      } else {
        setSaved(true);
      }
    });
  }

  return (
    <div>
      <select
        aria-label={`Role of ${member.name}`}
        value={role}
        disabled={pending}
        onChange={(event) => change(event.target.value as RoleName)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        className="rounded-md border border-stone-300 bg-white px-2 py-1 text-sm focus:border-blue-600 focus:outline-none focus:ring-2 focus:ring-blue-600/30"
      >
        {roles.map((r) => (
          <option key={r} value={r}>
            {roleLabels[r]}
          </option>
        ))}
      </select>
      <p role="status" className="mt-1 text-xs text-stone-600">
        {pending ? 'Saving…' : saved ? 'Role saved' : ''}
      </p>
      {error && (
        <p id={errorId} role="alert" className="mt-1 max-w-xs text-xs text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
