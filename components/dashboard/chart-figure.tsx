import type { DashboardTableData } from '@/lib/core/dashboard/dashboard-tables';

type Props = {
  id: string;
  table: DashboardTableData;
  /** The CSV download of the same table. */
  csvHref: string;
  description?: string;
  children: React.ReactNode;
};

/**
 * A chart with what makes it usable by everyone: a heading, the figures as a table to open
 * (the chart itself is an image with a summary), and the same table as CSV.
 */
export function ChartFigure({ id, table, csvHref, description, children }: Props) {
  return (
    <section aria-labelledby={id} className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold">
          {table.title}
        </h2>
        <a href={csvHref} className="text-sm text-blue-800 underline hover:text-blue-950" download>
          Download CSV<span className="sr-only"> of {table.title.toLowerCase()}</span>
        </a>
      </div>
      {description && <p className="text-sm text-stone-700">{description}</p>}
      {children}
      <details className="text-sm">
        <summary className="cursor-pointer text-stone-800">
          Show as a table<span className="sr-only">: {table.title.toLowerCase()}</span>
        </summary>
        <div className="mt-2 overflow-x-auto">
          <table className="min-w-full border-collapse text-left">
            <caption className="sr-only">{table.title}</caption>
            <thead>
              <tr>
                {table.headers.map((header) => (
                  <th key={header} scope="col" className="border-b border-stone-300 px-2 py-1 font-medium">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row" className="border-b border-stone-100 px-2 py-1 font-normal">
                        {cell ?? '–'}
                      </th>
                    ) : (
                      <td key={j} className="border-b border-stone-100 px-2 py-1 tabular-nums">
                        {cell ?? '–'}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </section>
  );
}
