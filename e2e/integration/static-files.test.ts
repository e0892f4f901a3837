// Story: browsers, crawlers and phones ask every site for the same few files at its root. Factdesk
// answers them from public/: the favicon a tab shows, the icon a phone puts on its home screen,
// and robots.txt, which lets search engines list the published fact-checks and nothing else.
import { describe, expect, it } from 'vitest';
import { baseUrl } from './support/api';

async function get(path: string) {
  const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: Buffer.from(await response.arrayBuffer()) };
}

describe('files at the site’s root', () => {
  it('robots.txt lets crawlers reach the share pages only', async () => {
    const robots = await get('/robots.txt');
    expect(robots.status).toBe(200);
    expect(robots.type).toMatch(/^text\/plain/);
    const rules = robots.body.toString('utf8').split('\n').filter((line) => line && !line.startsWith('#'));
    expect(rules).toEqual(['User-agent: *', 'Allow: /v/', 'Allow: /r/', 'Disallow: /']);
  });

  it('serves the favicon browsers ask for, as an icon file', async () => {
    const icon = await get('/favicon.ico');
    expect(icon.status).toBe(200);
    expect(icon.type).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)/);
    // ICO header: reserved 0, type 1 (icon), then the number of images.
    expect(icon.body.readUInt16LE(0)).toBe(0);
    expect(icon.body.readUInt16LE(2)).toBe(1);
    expect(icon.body.readUInt16LE(4)).toBeGreaterThanOrEqual(1);
  });

  it('serves the home-screen icon phones ask for, 180 px square', async () => {
    const icon = await get('/apple-touch-icon.png');
    expect(icon.status).toBe(200);
    expect(icon.type).toBe('image/png');
    expect(icon.body.subarray(1, 4).toString('ascii')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([icon.body.readUInt32BE(16), icon.body.readUInt32BE(20)]).toEqual([180, 180]);
  });
});
