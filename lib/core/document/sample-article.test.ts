import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SAMPLE_CLEANING_RULES, cleanSampleArticleText, loadSampleArticle } from './sample-article';
import { blockRows, expectWellFormed } from './fixtures/document-test-helpers';

const scraped = readFileSync(new URL('./fixtures/presstv-lavrov-syria.txt', import.meta.url), 'utf8');

describe('the sample article', () => {
  it('loads the bundled Press TV story with its title and outlet', () => {
    const sample = loadSampleArticle();
    expect(sample.title).toBe('Russian foreign minister says American forces must leave Syria');
    expect(sample.outlet).toBe('Press TV');
    expect(sample.sourceUrl).toBeUndefined();
    expectWellFormed(sample.document);
  });

  it('starts with the first sentence of the story and ends with its last', () => {
    const { document } = loadSampleArticle();
    expect(document.text.startsWith('Russia’s Foreign Minister Sergei Lavrov says the presence of American troops')).toBe(true);
    expect(document.text.endsWith('quickly fell into the Daesh hands.')).toBe(true);
    expect(document.blocks).toHaveLength(20);
    expect(blockRows(document).every((row) => row.startsWith('p: '))).toBe(true);
  });

  it('keeps the checkable claims word for word', () => {
    const { document } = loadSampleArticle();
    expect(document.text).toContain('The Pentagon has also said there are about 2,000 troops in Syria.');
    expect(document.text).toContain('The Arab country flushed Daesh out of its last stronghold last month.');
    expect(document.text).toContain('American helicopters were reportedly spotted airlifting Daesh ringleaders');
  });

  it('removes the breadcrumb, title line, photo caption and trailing site boilerplate', () => {
    const { document } = loadSampleArticle();
    for (const furniture of ['News / Syria', 'American forces must leave Syria', '(Photo by AFP)', 'alternate addresses', 'www.presstv', 'SHARE THIS ARTICLE', 'Roku']) {
      expect(document.text).not.toContain(furniture);
    }
  });
});

describe('the cleaning rules', () => {
  it('recognise each piece of page furniture in the scraped file', () => {
    const lines = scraped.split('\n').map((line) => line.trim());
    expect(SAMPLE_CLEANING_RULES.breadcrumb.test(lines[0] ?? '')).toBe(true);
    expect(SAMPLE_CLEANING_RULES.photoCaption.test(lines[4] ?? '')).toBe(true);
    const tail = lines.slice(-6).filter((line) => line !== '');
    expect(tail.every((line) => SAMPLE_CLEANING_RULES.trailingBoilerplate.some((rule) => rule.test(line)))).toBe(true);
  });

  it('only trim the edges: a body sentence that mentions Press TV or a photo stays', () => {
    const raw = 'Title line\n\nPress TV News Roku is mentioned mid-story (Photo by AFP) here.\n\nEnd.\n\nSHARE THIS ARTICLE';
    expect(cleanSampleArticleText(raw)).toEqual({
      title: 'Title line',
      body: 'Press TV News Roku is mentioned mid-story (Photo by AFP) here.\n\nEnd.',
    });
  });

  it('do not need the breadcrumb or caption to be there', () => {
    expect(cleanSampleArticleText('\nJust a title\n\nBody.\n')).toEqual({ title: 'Just a title', body: 'Body.' });
  });
});
