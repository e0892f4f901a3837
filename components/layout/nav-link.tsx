'use client';

import Link from 'next/link';
import { usePathname } from 'next/navigation';
import { clsx } from 'clsx';
import { useHydrated } from '@/components/ui/use-hydrated';
import { usePrefetchOnIntent } from './use-prefetch-on-intent';

/**
 * A header link that says when it is the current page (visually and to screen readers). With
 * `matchPrefix` it also counts as current on the pages below it (a section such as Settings).
 * It fetches its page ahead only when the member heads for it (usePrefetchOnIntent).
 */
export function NavLink({ href, children, matchPrefix = false }: { href: string; children: React.ReactNode; matchPrefix?: boolean }) {
  const pathname = usePathname();
  const current = pathname === href || (matchPrefix && pathname.startsWith(`${href}/`));
  const intent = usePrefetchOnIntent(href);
  const interactive = useHydrated();
  return (
    <Link
      href={href}
      {...intent}
      data-interactive={interactive || undefined}
      aria-current={current ? 'page' : undefined}
      className={clsx('rounded px-3 py-1.5 hover:bg-stone-100', current && 'bg-stone-100 font-medium text-stone-950')}
    >
      {children}
    </Link>
  );
}
