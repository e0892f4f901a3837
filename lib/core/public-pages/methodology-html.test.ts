import { describe, expect, test } from 'vitest';
import { methodologyHtml } from './methodology-html';

describe('the methodology in the workspace’s own words', () => {
  test('renders Markdown structure, headings under the page title', () => {
    const html = methodologyHtml('# How we check\n\nTwo editors read **every** verdict. See [IFCN](https://ifcncodeofprinciples.poynter.org/).');
    expect(html).toContain('<h2>How we check</h2>');
    expect(html).toContain('<strong>every</strong>');
    expect(html).toMatch(/<a href="https:\/\/ifcncodeofprinciples\.poynter\.org\/" rel="noopener noreferrer nofollow">IFCN<\/a>/);
  });

  test('drops scripts, event handlers and javascript: links', () => {
    const html = methodologyHtml('<script>alert(1)</script><img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) <p onclick="x()">Hi</p>');
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript|<img/i);
    expect(html).toContain('Hi');
  });

  test('an empty text is an empty section', () => {
    expect(methodologyHtml('  \n')).toBe('');
  });
});
