import Link from 'next/link';

// An article that never was here, or was deleted more than 30 days ago and purged since: a
// notification or an old link can still point at it, so say what may have happened.
export default function ArticleNotFound() {
  return (
    <div className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">This article no longer exists</h1>
      <p className="mt-2 text-stone-700">
        There is no article at this address in this workspace. It may have been deleted and then removed for good (30 days after
        deletion), or the link belongs to a workspace you are not a member of.
      </p>
      <Link href="/articles" className="mt-6 inline-block font-medium text-blue-800 underline underline-offset-2">
        Back to the articles
      </Link>
    </div>
  );
}
