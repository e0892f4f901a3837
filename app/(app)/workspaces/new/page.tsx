import type { Metadata } from 'next';
import { NewWorkspaceForm } from '@/components/workspaces/new-workspace-form';

export const metadata: Metadata = { title: 'New workspace' };

export default function NewWorkspacePage() {
  return (
    <div className="mx-auto max-w-lg px-4 py-8">
      <h1 className="mb-2 text-2xl font-semibold tracking-tight">New workspace</h1>
      <p className="mb-6 text-sm text-stone-700">
        A separate desk with its own articles, members and settings. You will be its admin and can invite colleagues to it.
      </p>
      <NewWorkspaceForm />
    </div>
  );
}
