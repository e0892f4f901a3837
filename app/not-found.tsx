import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2 text-stone-700">This page does not exist, or it belongs to a workspace you are not a member of.</p>
      <Link href="/articles" className="mt-6 inline-block font-medium text-blue-800 underline underline-offset-2">
        Back to the articles
      </Link>
    </main>
  );
}
