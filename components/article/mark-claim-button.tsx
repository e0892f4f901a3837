'use client';

type MarkClaimButtonProps = { anchor: { top: number; left: number }; pending: boolean; onMark: () => void };

/** Floats under the selection; mousedown is suppressed so clicking it keeps the selection. */
export function MarkClaimButton({ anchor, pending, onMark }: MarkClaimButtonProps) {
  return (
    <button
      type="button"
      onMouseDown={(event) => event.preventDefault()}
      onClick={onMark}
      disabled={pending}
      style={{ top: anchor.top, left: anchor.left }}
      className="absolute z-20 -translate-x-1/2 rounded-md bg-stone-900 px-3 py-1.5 font-sans text-sm font-medium text-white shadow-lg hover:bg-stone-700"
      aria-keyshortcuts="M"
    >
      {pending ? 'Marking…' : 'Mark claim'} <kbd className="ms-1 rounded bg-stone-700 px-1 text-xs">M</kbd>
    </button>
  );
}
