import Link from 'next/link';
import { Button } from '@/components/ui/button';

type DuplicateNoticeProps = {
  article: { id: string; title: string };
  allowed: boolean;
  onImportAnyway: () => void;
};

/** The story is already in the workspace: offer it before making a second copy. */
export function DuplicateNotice({ article, allowed, onImportAnyway }: DuplicateNoticeProps) {
  return (
    <div role="status" className="rounded-lg border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950">
      <p>
        This story is already in your workspace: <strong>{article.title}</strong>. Its claims are there; importing it again makes a separate copy.
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <Link href={`/articles/${article.id}`} className="font-medium text-blue-800 underline underline-offset-2">
          Open the existing article
        </Link>
        {allowed ? (
          <span>It will be imported as a new article.</span>
        ) : (
          <Button size="sm" variant="secondary" onClick={onImportAnyway}>
            Import anyway
          </Button>
        )}
      </div>
    </div>
  );
}
