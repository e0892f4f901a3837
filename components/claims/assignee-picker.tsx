'use client';

import { useId } from 'react';
import type { MemberRef } from '@/lib/validations/claim';
import { inputClass } from '@/components/ui/field';

type AssigneePickerProps = {
  members: MemberRef[];
  value: MemberRef | null;
  disabled?: boolean;
  onChange: (assigneeId: string | null) => void;
};

/** Who works on the claim; it shows in their "My claims" queue. */
export function AssigneePicker({ members, value, disabled, onChange }: AssigneePickerProps) {
  const id = useId();
  // A former member stays visible as the current value until someone reassigns the claim.
  const options = value && !members.some((m) => m.id === value.id) ? [value, ...members] : members;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-xs font-semibold uppercase tracking-wide text-stone-700">
        Assigned to
      </label>
      <select id={id} className={inputClass + ' text-sm'} value={value?.id ?? ''} disabled={disabled} onChange={(e) => onChange(e.target.value || null)}>
        <option value="">Nobody</option>
        {options.map((m) => (
          <option key={m.id} value={m.id}>
            {m.name}
          </option>
        ))}
      </select>
    </div>
  );
}
