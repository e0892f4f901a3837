'use client';

import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useHydrated } from './use-hydrated';

type Props = {
  /** The first button's text ("Revoke", "Delete"). */
  label: string;
  /** Its accessible name when the text alone is ambiguous in a list ("Revoke token Nightly"). */
  ariaLabel?: string;
  /** The second click's text ("Confirm revoke"). */
  confirmLabel: string;
  /** The way back ("Keep link"). */
  cancelLabel: string;
  pending: boolean;
  /** Runs the action; calls `failed` when it did not happen, so the choice is offered again. */
  onConfirm: (failed: () => void) => void;
};

/** A costly action that asks for a second click: the button turns into "confirm" and "keep". */
export function ConfirmButton({ label, ariaLabel, confirmLabel, cancelLabel, pending, onConfirm }: Props) {
  const [confirming, setConfirming] = useState(false);
  const hydrated = useHydrated();
  if (!confirming) {
    return (
      <Button size="sm" variant="secondary" onClick={() => setConfirming(true)} aria-label={ariaLabel} data-interactive={hydrated || undefined}>
        {label}
      </Button>
    );
  }
  return (
    <>
      <Button size="sm" variant="danger" disabled={pending} onClick={() => onConfirm(() => setConfirming(false))}>
        {confirmLabel}
      </Button>
      <Button size="sm" variant="ghost" onClick={() => setConfirming(false)}>
        {cancelLabel}
      </Button>
    </>
  );
}
