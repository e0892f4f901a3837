import Link from 'next/link';
import type { RestoreResult } from '@/lib/validations/backup';
import { countLabel as count } from '@/lib/core/backup/count-label';
import { switchWorkspaceAction } from '@/app/(app)/workspaces/actions';
import { Button, buttonClass } from '@/components/ui/button';

/** What a restore wrote, and who could not be matched to an account here. */
export function RestoreBackupResult({ result, target }: { result: RestoreResult; target: 'current' | 'new' }) {
  const { counts } = result;
  return (
    <div role="status" className="space-y-3 rounded-md border border-green-200 bg-green-50 px-4 py-3 text-sm text-green-900">
      <p className="font-medium">
        Restored “{result.workspace.name}”: {count(counts.articles, 'article')}, {count(counts.claims, 'claim')},{' '}
        {count(counts.evidence, 'piece of evidence', 'pieces of evidence')}, {count(counts.comments, 'comment')},{' '}
        {count(counts.shareLinks, 'share link')}.
      </p>
      {result.madeHere ? (
        <p>
          {count(result.membersRestored, 'member')} got their role back.
          {result.usersNotFound.length > 0 &&
            ` ${count(result.usersNotFound.length, 'person has', 'people have')} no account here (${result.usersNotFound.join(', ')}): their names stay in the history; invite them to give them access.`}
        </p>
      ) : (
        <p>
          This archive was made by another Factdesk server, so nobody but you was added to the workspace: the names of the{' '}
          {count(result.usersNotFound.length, 'other person', 'other people')} in it stay in the history and comments. Invite your
          colleagues from Members to give them access.
        </p>
      )}
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
