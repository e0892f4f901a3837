import Link from 'next/link';
import type { RestoreResult } from '@/lib/validations/backup';
import { switchWorkspaceAction } from '@/app/(app)/workspaces/actions';
import { Button, buttonClass } from '@/components/ui/button';

/** What a restore wrote, and who could not be matched to an account here. */
export function RestoreBackupResult({ result, target }: { result: RestoreResult; target: 'current' | 'new' }) {
  const { counts } = result;
  return (
    <div role="status" className="space-y-3 rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
      <p className="font-medium">
        Restored “{result.workspace.name}”: {counts.articles} articles, {counts.claims} claims, {counts.evidence} pieces of evidence,{' '}
        {counts.comments} comments, {counts.shareLinks} share links.
      </p>
      <p>
        {result.membersRestored} members got their role back.
        {result.usersNotFound.length > 0 &&
          ` ${result.usersNotFound.length} people have no account here (${result.usersNotFound.join(', ')}): their names stay in the history; invite them to give them access.`}
      </p>
      {target === 'new' ? (
        <form action={switchWorkspaceAction}>
          <input type="hidden" name="workspaceId" value={result.workspace.id} />
          <Button type="submit">Open the restored workspace</Button>
        </form>
      ) : (
        <Link href="/articles" className={buttonClass('primary')}>
          Open the articles
        </Link>
      )}
    </div>
  );
}
