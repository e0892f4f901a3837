// Makes public/favicon.ico (16 and 32 px) and public/apple-touch-icon.png (180 px) from
// app/icon.svg, the one drawing of the app's icon. Run after changing the icon:
//   npx tsx scripts/make-icons.ts
// Browsers ask for /favicon.ico and iOS for /apple-touch-icon.png whatever the page links, so both
// live at the site's root (public/); pages link app/icon.svg itself.
import { readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const svg = readFileSync('app/icon.svg', 'utf8');

function png(source: string, size: number): Buffer {
  return new Resvg(source, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/** An ICO file holding PNG images (supported by every browser since Windows Vista's format). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size % 256, entry);
    header.writeUInt8(size % 256, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

writeFileSync('public/favicon.ico', ico([16, 32].map((size) => ({ size, data: png(svg, size) }))));
// iOS rounds the corners itself and shows transparency as black: a square, filled icon.
writeFileSync('public/apple-touch-icon.png', png(svg.replace(/ rx="[\d.]+"/, ''), 180));
