'use client';

import { createContext, useCallback, useContext, useMemo, useRef, useState } from 'react';
import { clsx } from 'clsx';

type Toast = {
  id: number;
  message: string;
  tone: 'info' | 'error';
  action?: { label: string; onAction: () => void };
};

type ToastApi = {
  show: (message: string, options?: { tone?: Toast['tone']; action?: Toast['action']; durationMs?: number }) => void;
};

const ToastContext = createContext<ToastApi | null>(null);

/** Short messages at the bottom of the screen, announced to screen readers; errors stay longer. */
export function ToastProvider({ children }: { children: React.ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);

  const show = useCallback<ToastApi['show']>(
    (message, options) => {
      const id = nextId.current++;
      const tone = options?.tone ?? 'info';
      setToasts((all) => [...all.slice(-3), { id, message, tone, action: options?.action }]);
      const duration = options?.durationMs ?? (tone === 'error' ? 10_000 : options?.action ? 8_000 : 4_000);
      setTimeout(() => dismiss(id), duration);
    },
    [dismiss],
  );

  const api = useMemo(() => ({ show }), [show]);

  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <div
            key={toast.id}
            className={clsx(
              'pointer-events-auto flex max-w-lg items-center gap-4 rounded-lg px-4 py-3 text-sm shadow-lg',
              toast.tone === 'error' ? 'bg-red-800 text-white' : 'bg-stone-900 text-white',
            )}
          >
            <span>{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="rounded px-2 py-1 font-semibold text-amber-300 underline-offset-2 hover:underline"
                onClick={() => {
                  toast.action?.onAction();
                  dismiss(toast.id);
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" aria-label="Dismiss" className="ml-auto text-stone-300 hover:text-white" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext.Provider>
  );
}

export function useToast(): ToastApi {
  const api = useContext(ToastContext);
  if (!api) throw new Error('useToast must be used inside <ToastProvider>');
  return api;
}
