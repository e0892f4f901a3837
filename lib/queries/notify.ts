/**
 * How a mutation hook tells the person what happened. The caller passes it in (the UI's toast),
 * so the hooks stay below the components that use them and never import the UI.
 */
export type Notify = (message: string, options?: { tone?: 'info' | 'error'; action?: { label: string; onAction: () => void } }) => void;
