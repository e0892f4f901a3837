'use client';

import Link, { useLinkStatus } from 'next/link';
import { buttonClass } from './button';

/** A link to another page of a list; says so while the page loads. Works without script too. */
export function PageLink({ href, children }: { href: string; children: React.ReactNode }) {
  return (
    <Link href={href} className={buttonClass('secondary')}>
      {children}
      <PendingNote />
    </Link>
  );
}

function PendingNote() {
  const { pending } = useLinkStatus();
  return pending ? (
    <span role="status" className="text-stone-600">
      Loading…
    </span>
  ) : null;
}
