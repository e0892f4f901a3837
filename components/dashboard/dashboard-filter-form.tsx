import type { DashboardDto } from '@/lib/validations/dashboard';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';

type Props = { filters: DashboardDto['filters']; options: DashboardDto['options']; errors?: string[] };

/** A plain GET form: the filters live in the address, so a view can be bookmarked and shared. */
export function DashboardFilterForm({ filters, options, errors }: Props) {
  return (
    <form method="get" action="/dashboard" aria-label="Dashboard filters" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-4">
      <div className="space-y-1">
        <label htmlFor="dashboard-from" className="block text-sm font-medium text-stone-800">
          From
        </label>
        <input id="dashboard-from" name="from" type="date" defaultValue={filters.from} className={`${inputClass} w-auto py-1`} />
      </div>
      <div className="space-y-1">
        <label htmlFor="dashboard-to" className="block text-sm font-medium text-stone-800">
          To
        </label>
        <input id="dashboard-to" name="to" type="date" defaultValue={filters.to} className={`${inputClass} w-auto py-1`} />
      </div>
      <div className="space-y-1">
        <label htmlFor="dashboard-outlet" className="block text-sm font-medium text-stone-800">
          Outlet
        </label>
        <select id="dashboard-outlet" name="outlet" defaultValue={filters.outlet ?? ''} className={`${inputClass} w-auto py-1`}>
          <option value="">All outlets</option>
          {options.outlets.map((outlet) => (
            <option key={outlet} value={outlet}>
              {outlet}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor="dashboard-member" className="block text-sm font-medium text-stone-800">
          Member
        </label>
        <select id="dashboard-member" name="member" defaultValue={filters.member ?? ''} className={`${inputClass} w-auto py-1`}>
          <option value="">Everyone</option>
          {options.members.map((member) => (
            <option key={member.id} value={member.id}>
              {member.name}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className={buttonClass('primary', 'sm')}>
        Apply filters
      </button>
      {errors && errors.length > 0 && (
        <p role="alert" className="w-full text-sm text-red-800">
          {errors.join(' ')} The default view is shown.
        </p>
      )}
    </form>
  );
}
