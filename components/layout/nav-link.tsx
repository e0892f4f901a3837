'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { clsx } from 'clsx';

/**
 * A header link that says when it is the current page (visually and to screen readers). With
 * `matchPrefix` it also counts as current on the pages below it (a section such as Settings).
 */
export function NavLink({ href, children, matchPrefix = false }: { href: string; children: React.ReactNode; matchPrefix?: boolean }) {
  const pathname = usePathname();
  const current = pathname === href || (matchPrefix && pathname.startsWith(`${href}/`));
  return (
    <Link
      href={href}
      aria-current={current ? 'page' : undefined}
      className={clsx('rounded px-3 py-1.5 hover:bg-stone-100', current && 'bg-stone-100 font-medium text-stone-950')}
    >
      {children}
    </Link>
  );
}
