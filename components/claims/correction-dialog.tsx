'use client';

import { useEffect, useId, useRef, useState } from 'react';
import type { ClaimDto } from '@/lib/validations/claim';
import type { RatingDto } from '@/lib/validations/rating';
import { inputClass } from '@/components/ui/field';
import { Button } from '@/components/ui/button';

export type Correction = { verdict?: string | null; explanation?: string; correctionReason: string };

type CorrectionDialogProps = {
  claim: ClaimDto;
  ratings: RatingDto[];
  onSave: (correction: Correction) => void;
  onClose: () => void;
};

/**
 * Changing a published verdict is a correction (IFCN principle 5): the new verdict or
 * explanation, and a reason that the public page shows. A modal dialog, so the change cannot be
 * made by a stray click in the panel.
 */
export function CorrectionDialog({ claim, ratings, onSave, onClose }: CorrectionDialogProps) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [verdict, setVerdict] = useState(claim.verdict?.key ?? '');
  const [explanation, setExplanation] = useState(claim.explanation);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  // Removing the element on unmount also takes it out of the top layer, so there is no cleanup
  // (closing it there would fire onClose, and in development's double effects close it for good).
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const changed: Omit<Correction, 'correctionReason'> = {};
    if (verdict !== (claim.verdict?.key ?? '')) changed.verdict = verdict || null;
    if (explanation.trim() !== claim.explanation) changed.explanation = explanation;
    if (Object.keys(changed).length === 0) return setError('Change the verdict or the explanation first.');
    if (!reason.trim()) return setError('Say why the verdict is corrected; readers see this reason.');
    onSave({ ...changed, correctionReason: reason });
    onClose();
  };

  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} onClose={onClose} className="w-full max-w-lg rounded-xl p-0 backdrop:bg-stone-900/40">
      <form onSubmit={submit} className="space-y-4 p-5">
        <h2 id={`${id}-title`} className="text-base font-semibold">
          Correct the published verdict
        </h2>
        <p className="text-sm text-stone-700">The old verdict stays in the claim’s history and the correction is shown on its public page.</p>
        <div className="space-y-1">
          <label htmlFor={`${id}-verdict`} className="block text-xs font-semibold uppercase tracking-wide text-stone-700">
            Corrected verdict
          </label>
          <select id={`${id}-verdict`} className={inputClass + ' text-sm'} value={verdict} onChange={(e) => setVerdict(e.target.value)}>
            {/* A retired verdict only for the claim that carries it (decision 040). */}
            {ratings.filter((r) => !r.retired || r.key === claim.verdict?.key).map((r) => (
              <option key={r.key} value={r.key}>
                {r.label}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-explanation`} className="block text-xs font-semibold uppercase tracking-wide text-stone-700">
            Corrected explanation
          </label>
          <textarea id={`${id}-explanation`} rows={5} maxLength={20_000} className={inputClass + ' font-serif text-sm'} value={explanation} onChange={(e) => setExplanation(e.target.value)} />
        </div>
        <div className="space-y-1">
          <label htmlFor={`${id}-reason`} className="block text-xs font-semibold uppercase tracking-wide text-stone-700">
            Reason for the correction
          </label>
          <textarea
            id={`${id}-reason`}
            rows={2}
            maxLength={2000}
            required
            className={inputClass + ' text-sm'}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            placeholder="e.g. The statistics office revised its figures on 3 March."
          />
        </div>
        {error && (
          <p role="alert" className="text-sm text-red-700">
            {error}
          </p>
        )}
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Publish correction</Button>
        </div>
      </form>
    </dialog>
  );
}
