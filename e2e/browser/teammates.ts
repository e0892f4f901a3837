// Teammates in journeys: a second person of the owner's workspace, in their own browser.
import type { Browser, Page } from '@playwright/test';
import { addMember, createUser, type TestUser } from '../integration/support/test-users';
import { workspaceIdByName } from '../integration/support/workspace-settings';
import { signIn } from './fixtures';

/** A teammate's own browser, signed in and looking at the owner's workspace. */
export async function teammatePage(browser: Browser, baseURL: string, owner: TestUser, role: 'checker' | 'editor' | 'admin'): Promise<{ page: Page; user: TestUser }> {
  const user = await createUser(role);
  await addMember(user.email, owner.workspace, role);
  const context = await browser.newContext({ baseURL });
  // Teammates also have a workspace of their own; the cookie picks the owner's.
  await context.addCookies([{ name: 'factdesk-workspace', value: await workspaceIdByName(owner.workspace), url: baseURL }]);
  const page = await context.newPage();
  await signIn(page, user);
  return { page, user };
}
