import Form from 'next/form';
import Link from 'next/link';
import { claimStatuses, claimStatusLabels } from '@/lib/validations/claim-values';
import type { MemberRef } from '@/lib/validations/claim';
import type { ClaimsViewFilters, DateRangeField } from '@/lib/validations/claims-view';
import { inputClass } from '@/components/ui/field';
import { buttonClass } from '@/components/ui/button';

type Props = {
  filters: ClaimsViewFilters;
  ratings: { key: string; label: string }[];
  members: MemberRef[];
  articleTitle: string | null;
};

const SPANS = [
  ['', 'Any time'],
  ['24h', 'Last 24 hours'],
  ['7d', 'Last 7 days'],
  ['30d', 'Last 30 days'],
  ['90d', 'Last 90 days'],
] as const;

const RANGE_LABELS: Record<DateRangeField, string> = { marked: 'Marked', published: 'Published', corrected: 'Corrected' };
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const small = `${inputClass} py-1.5 text-sm`;

function Checkboxes({ legend, name, options, checked }: { legend: string; name: string; options: readonly (readonly [string, string])[]; checked: string[] }) {
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-stone-800">{legend}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="flex items-center gap-2 text-sm text-stone-800">
          <input type="checkbox" name={name} value={value} defaultChecked={checked.includes(value)} className="size-4" />
          {label}
        </label>
      ))}
    </fieldset>
  );
}

function DateRange({ field, filters }: { field: DateRangeField; filters: ClaimsViewFilters }) {
  const from = filters[`${field}From`];
  const to = filters[`${field}To`];
  const within = filters[`${field}Within`];
  const label = RANGE_LABELS[field];
  // A date-time from a shared link shows as text: a date input would drop its time.
  const type = (value: string | undefined) => (value === undefined || DAY.test(value) ? 'date' : 'text');
  return (
    <fieldset className="space-y-1">
      <legend className="text-sm font-medium text-stone-800">{label}</legend>
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <label className="flex items-center gap-1">
          <span className="sr-only">{label}</span> from <input type={type(from)} name={`${field}From`} defaultValue={from} className={`${small} w-40`} />
        </label>
        <label className="flex items-center gap-1">
          <span className="sr-only">{label}</span> to <input type={type(to)} name={`${field}To`} defaultValue={to} className={`${small} w-40`} />
        </label>
        <label className="flex items-center gap-1">
          <span className="sr-only">{label}</span> within
          <select name={`${field}Within`} defaultValue={within ?? ''} className={`${small} w-36`}>
            {SPANS.map(([value, text]) => (
              <option key={value} value={value}>
                {text}
              </option>
            ))}
            {within && !SPANS.some(([value]) => value === within) && <option value={within}>Last {within}</option>}
          </select>
        </label>
      </div>
    </fieldset>
  );
}

/** The filters as a GET form: submitting it puts them in the address, so the URL is the view. */
export function ClaimsViewFiltersForm({ filters, ratings, members, articleTitle }: Props) {
  return (
    <Form action="/claims" aria-label="Filter claims" className="space-y-4 rounded-xl border border-stone-200 bg-white p-4">
      <div className="grid gap-4 md:grid-cols-3">
        <label className="block space-y-1 text-sm font-medium text-stone-800">
          Words
          <input type="search" name="q" defaultValue={filters.q} className={small} placeholder="Statement, quote, claimant, explanation" />
        </label>
        <label className="block space-y-1 text-sm font-medium text-stone-800">
          Claimant
          <input type="text" name="claimant" defaultValue={filters.claimant} className={small} />
        </label>
        <label className="block space-y-1 text-sm font-medium text-stone-800">
          Outlet
          <input type="text" name="outlet" defaultValue={filters.outlet} className={small} />
        </label>
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        <Checkboxes legend="Status" name="status" options={claimStatuses.map((s) => [s, claimStatusLabels[s]] as const)} checked={filters.status ?? []} />
        <Checkboxes legend="Verdict" name="verdict" options={[...ratings.map((r) => [r.key, r.label] as const), ['none', 'No verdict'] as const]} checked={filters.verdict ?? []} />
        <div className="space-y-3">
          <label className="block space-y-1 text-sm font-medium text-stone-800">
            Assignee
            <select name="assignee" defaultValue={filters.assignee ?? ''} className={small}>
              <option value="">Anyone</option>
              <option value="me">Me</option>
              <option value="unassigned">Unassigned</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.name}
                </option>
              ))}
            </select>
          </label>
          {filters.article && (
            <p className="text-sm text-stone-800">
              <input type="hidden" name="article" value={filters.article} />
              Article: <span className="font-medium">{articleTitle ?? 'an article not in this workspace'}</span>
            </p>
          )}
        </div>
      </div>
      <div className="space-y-3">
        <DateRange field="marked" filters={filters} />
        <DateRange field="published" filters={filters} />
        <DateRange field="corrected" filters={filters} />
      </div>
      {filters.sort && <input type="hidden" name="sort" value={filters.sort} />}
      {filters.dir && <input type="hidden" name="dir" value={filters.dir} />}
      <div className="flex items-center gap-3">
        <button type="submit" className={buttonClass()}>
          Apply filters
        </button>
        <Link href="/claims" className={buttonClass('secondary')}>
          Clear filters
        </Link>
      </div>
    </Form>
  );
}
