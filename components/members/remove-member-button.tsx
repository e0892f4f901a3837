'use client';

import { removeMemberAction } from '@/app/(app)/settings/members/actions';
import type { MemberDto } from '@/lib/validations/member';
import { ConfirmButton } from './confirm-button';

export function RemoveMemberButton({ member }: { member: Pick<MemberDto, 'userId' | 'name'> }) {
  return (
    <ConfirmButton
      label={
        <>
          Remove<span className="sr-only"> {member.name}</span>
        </>
      }
      question={`Remove ${member.name} from this workspace?`}
      confirmLabel="Remove"
      pendingLabel="Removing…"
      onConfirm={() => removeMemberAction(member.userId)}
    />
  );
}
