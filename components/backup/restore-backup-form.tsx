'use client';

import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useRestoreBackup } from '@/lib/queries/use-restore-backup';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/field';
import { RestoreBackupResult } from './restore-backup-result';

/** Pick a backup file and where it goes; the whole archive is checked before anything is written. */
export function RestoreBackupForm({ currentIsEmpty }: { currentIsEmpty: boolean }) {
  const router = useRouter();
  const restore = useRestoreBackup();
  const [file, setFile] = useState<File | null>(null);
  const [target, setTarget] = useState<'current' | 'new'>(currentIsEmpty ? 'current' : 'new');
  const [missingFile, setMissingFile] = useState(false);

  function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!file) return setMissingFile(true);
    restore.mutate({ file, target }, { onSuccess: () => router.refresh() });
  }

  if (restore.isSuccess) return <RestoreBackupResult result={restore.data} target={target} />;
  return (
    <form onSubmit={submit} className="space-y-4" noValidate>
      <FormError message={restore.error?.message ?? (missingFile ? 'Choose a backup file first.' : undefined)} />
      <div className="space-y-1">
        <label htmlFor="backup-file" className="block text-sm font-medium text-stone-800">
          Backup file
        </label>
        <input
          id="backup-file"
          type="file"
          accept=".gz,.json,application/gzip,application/json"
          aria-describedby="backup-file-hint"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setMissingFile(false);
            restore.reset();
          }}
          className="block w-full text-sm"
        />
        <p id="backup-file-hint" className="text-xs text-stone-600">
          A .factdesk-backup.json.gz file, 50 MB at most. A broken or partial file is refused and nothing changes.
        </p>
      </div>
      <fieldset className="space-y-2">
        <legend className="text-sm font-medium text-stone-800">Restore into</legend>
        <label className="flex items-start gap-2 text-sm">
          <input type="radio" name="target" value="new" checked={target === 'new'} onChange={() => setTarget('new')} className="mt-1" />
          <span>A new workspace, with you as its admin</span>
        </label>
        <label className="flex items-start gap-2 text-sm">
          <input
            type="radio"
            name="target"
            value="current"
            checked={target === 'current'}
            disabled={!currentIsEmpty}
            onChange={() => setTarget('current')}
            className="mt-1"
          />
          <span>
            This workspace {currentIsEmpty ? '(its name, settings and rating scale are replaced by the backup’s)' : '(not possible: it already has articles)'}
          </span>
        </label>
      </fieldset>
      <div className="flex items-center gap-4">
        <Button type="submit" disabled={restore.isPending}>
          {restore.isPending ? 'Restoring…' : 'Restore backup'}
        </Button>
        <p role="status" className="text-sm text-stone-700">
          {restore.isPending ? 'Checking the archive and restoring; this can take a minute for a large workspace.' : ''}
        </p>
      </div>
    </form>
  );
}
