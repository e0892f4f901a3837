'use client';

import { useEffect, useId, useRef, useState } from 'react';
import Link from 'next/link';
import { clsx } from 'clsx';
import { switchWorkspaceAction } from '@/app/(app)/workspaces/actions';
import { roleLabels, type RoleName } from '@/lib/core/permissions/permissions';

type Workspace = { id: string; name: string; role: RoleName };

/**
 * The current workspace and role, and a menu to switch to another one or start a new one.
 * Switching is a form post (a server action sets the workspace cookie), so it also works
 * before the page's JavaScript has loaded.
 */
export function WorkspaceSwitcher({ currentId, workspaces }: { currentId: string; workspaces: Workspace[] }) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const current = workspaces.find((w) => w.id === currentId);

  useEffect(() => {
    if (!open) return;
    const close = (event: MouseEvent | KeyboardEvent) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('mousedown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  return (
    <div ref={root} className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => setOpen((o) => !o)}
        className="flex items-center gap-1 rounded px-2 py-1.5 text-sm text-stone-800 hover:bg-stone-100"
      >
        {/* The name is the visible words with "Workspace:" before them (WCAG 2.5.3, label in name). */}
        {current && <span className="sr-only">Workspace:</span>} <span className="font-medium">{current?.name ?? 'Workspace'}</span>{' '}
        {current && <span className="text-stone-600">· {roleLabels[current.role]}</span>}
        <span aria-hidden="true" className="text-stone-500">▾</span>
      </button>
      <div
        id={menuId}
        hidden={!open}
        className="absolute left-0 z-40 mt-1 w-72 rounded-md border border-stone-200 bg-white p-2 text-sm shadow-lg"
      >
        <h2 className="px-2 pb-1 text-xs font-semibold uppercase tracking-wide text-stone-600">Your workspaces</h2>
        <ul className="space-y-0.5">
          {workspaces.map((workspace) => (
            <li key={workspace.id}>
              <form action={switchWorkspaceAction}>
                <input type="hidden" name="workspaceId" value={workspace.id} />
                <button
                  type="submit"
                  aria-current={workspace.id === currentId ? 'true' : undefined}
                  className={clsx(
                    'flex w-full items-center justify-between gap-2 rounded px-2 py-1.5 text-left hover:bg-stone-100',
                    workspace.id === currentId && 'bg-stone-100 font-medium',
                  )}
                >
                  <span>{workspace.name}</span>
                  <span className="shrink-0 text-xs text-stone-600">{roleLabels[workspace.role]}</span>
                </button>
              </form>
            </li>
          ))}
        </ul>
        <div className="mt-2 border-t border-stone-200 pt-2">
          <Link href="/workspaces/new" className="block rounded px-2 py-1.5 text-blue-800 hover:bg-stone-100" onClick={() => setOpen(false)}>
            New workspace
          </Link>
        </div>
      </div>
    </div>
  );
}
