/**
 * How a mutation hook tells the person what happened. The caller passes it in (the UI's toast),
 * so the hooks stay below the components that use them and never import the UI.
 */
export type Notify = (
  message: string,
  options?: { tone?: 'info' | 'error'; action?: { label: string; onAction: () => void }; durationMs?: number },
) => void;

/**
 * For hooks whose caller shows a refusal inline (a form that stays open with what was typed): the
 * hook toasts it only when that caller has left the screen by the time the answer comes.
 */
export type InlineErrors = { notify: Notify; shownInline: () => boolean };

export function reportUnlessShown({ notify, shownInline }: InlineErrors, what: string, error: Error): void {
  if (!shownInline()) notify(`${what}: ${error.message}`, { tone: 'error' });
}
