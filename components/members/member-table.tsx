import { roleLabels } from '@/lib/core/permissions/permissions';
import { formatDate } from '@/lib/format';
import type { MemberDto } from '@/lib/validations/member';
import { MemberRoleSelect } from './member-role-select';
import { RemoveMemberButton } from './remove-member-button';

type MemberTableProps = { members: MemberDto[]; currentUserId: string; canManage: boolean };

/** Everyone in the workspace; admins get a role picker and a remove button on each row. */
export function MemberTable({ members, currentUserId, canManage }: MemberTableProps) {
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Members of this workspace and their roles</caption>
        <thead className="border-b border-stone-200 bg-stone-50 text-stone-700">
          <tr>
            <th scope="col" className="px-3 py-2 font-medium">Name</th>
            <th scope="col" className="px-3 py-2 font-medium">Email</th>
            <th scope="col" className="px-3 py-2 font-medium">Role</th>
            <th scope="col" className="px-3 py-2 font-medium">Joined</th>
            {canManage && (
              <th scope="col" className="px-3 py-2 font-medium">
                <span className="sr-only">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-stone-200">
          {members.map((member) => {
            const you = member.userId === currentUserId;
            return (
              <tr key={member.userId}>
                <th scope="row" className="px-3 py-2 font-medium text-stone-900">
                  {member.name}
                  {you && <span className="ml-1 font-normal text-stone-600">(you)</span>}
                </th>
                <td className="break-all px-3 py-2 text-stone-700">{member.email}</td>
                <td className="px-3 py-2">
                  {canManage ? <MemberRoleSelect member={member} /> : roleLabels[member.role]}
                </td>
                <td className="whitespace-nowrap px-3 py-2 text-stone-700">{formatDate(member.joinedAt)}</td>
                {canManage && (
                  <td className="px-3 py-2 text-right">{!you && <RemoveMemberButton member={member} />}</td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
