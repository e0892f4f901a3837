// What the article reader shows, read back for journeys (selecting text: select-phrase.ts).
import type { Page } from '@playwright/test';

/** The text of the reader's highlights of one claim, joined. */
export async function highlightedText(page: Page, claimId: string): Promise<string> {
  return page.evaluate(
    (id) => [...document.querySelectorAll(`[data-claim-ids~="${CSS.escape(id)}"]`)].map((el) => el.textContent ?? '').join(''),
    claimId,
  );
}
