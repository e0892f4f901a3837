// The accessibility check of every journey: axe's WCAG 2.0/2.1 A and AA rules, plus "label in
// name" (WCAG 2.5.3), which axe still marks experimental and leaves off unless asked (Lighthouse
// checks it). Returns the violations, each with its rule, help text and the elements at fault.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

export const WCAG_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export async function accessibilityViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(WCAG_AA)
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } })
    .analyze();
  return results.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}
