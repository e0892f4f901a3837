'use client';

import { useState } from 'react';
import { clsx } from 'clsx';
import type { EvidenceDto } from '@/lib/validations/evidence';
import { stanceLabels } from '@/lib/validations/evidence-values';
import { useEvidenceMutations } from '@/lib/queries/use-evidence-mutations';
import { Button } from '@/components/ui/button';
import { formatDate } from '@/lib/format';
import { EvidenceForm } from './evidence-form';
import { useToast } from '@/components/ui/toast';
import { ArchiveStatus } from '@/components/evidence-archive/archive-status';

const stanceClass = {
  supports: 'bg-green-100 text-green-900',
  refutes: 'bg-red-100 text-red-900',
  context: 'bg-sky-100 text-sky-900',
} as const;

type EvidenceListProps = {
  articleId: string;
  claimId: string;
  evidence: EvidenceDto[];
  canEdit: boolean;
  /** Why a member who may otherwise edit sources cannot here (a published verdict). */
  lockedReason?: string;
};

export function EvidenceList({ articleId, claimId, evidence, canEdit, lockedReason }: EvidenceListProps) {
  const { add, update, remove } = useEvidenceMutations(articleId, claimId, useToast().show);
  const [editing, setEditing] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);

  return (
    <section aria-labelledby={`evidence-${claimId}`} className="space-y-3">
      <div className="flex items-center justify-between">
        <h3 id={`evidence-${claimId}`} className="text-xs font-semibold uppercase tracking-wide text-stone-700">
          Evidence ({evidence.length})
        </h3>
        {canEdit && !adding && (
          <Button size="sm" variant="secondary" onClick={() => setAdding(true)}>
            Add evidence
          </Button>
        )}
      </div>
      {lockedReason && <p className="text-xs text-stone-600">{lockedReason}</p>}
      {evidence.length === 0 && !adding && <p className="text-sm text-stone-600">No sources yet. Every verdict should list the sources it relies on.</p>}
      <ul className="space-y-2">
        {evidence.map((item) =>
          editing === item.id ? (
            <li key={item.id}>
              <EvidenceForm
                initial={item}
                submitLabel="Save evidence"
                onCancel={() => setEditing(null)}
                onSubmit={(input) => {
                  update.mutate({ id: item.id, changes: input });
                  setEditing(null);
                }}
              />
            </li>
          ) : (
            <li key={item.id} data-evidence-id={item.id} tabIndex={-1} className="rounded-lg border border-stone-200 bg-white p-3 text-sm">
              <div className="flex items-start gap-2">
                <span className={clsx('shrink-0 rounded px-1.5 py-0.5 text-xs font-medium', stanceClass[item.stance])}>{stanceLabels[item.stance]}</span>
                <a href={item.url} target="_blank" rel="noopener noreferrer nofollow" className="break-words font-medium text-blue-800 underline underline-offset-2">
                  {item.title || item.url}
                </a>
              </div>
              <p className="mt-1 text-xs text-stone-600">
                {[item.publisher, item.accessedAt ? `accessed ${formatDate(item.accessedAt)}` : null].filter(Boolean).join(' · ')}
              </p>
              {item.passage && <blockquote className="mt-2 border-l-2 border-stone-300 pl-2 font-serif text-stone-800">{item.passage}</blockquote>}
              <ArchiveStatus evidenceId={item.id} url={item.url} passage={item.passage} canCheck={canEdit} />
              {canEdit && (
                <div className="mt-2 flex gap-1">
                  <Button size="sm" variant="ghost" onClick={() => setEditing(item.id)} aria-label={`Edit evidence ${item.title || item.url}`}>
                    Edit
                  </Button>
                  <Button size="sm" variant="ghost" onClick={() => remove.mutate(item)} aria-label={`Remove evidence ${item.title || item.url}`}>
                    Remove
                  </Button>
                </div>
              )}
            </li>
          ),
        )}
      </ul>
      {adding && (
        <EvidenceForm
          submitLabel="Add evidence"
          onCancel={() => setAdding(false)}
          onSubmit={(input) => {
            add.mutate(input);
            setAdding(false);
          }}
        />
      )}
    </section>
  );
}
