import 'server-only';
import type { ReactNode } from 'react';
import satori from 'satori';
import { Resvg } from '@resvg/resvg-js';
import { cardFonts } from './card-fonts';
import { loadCardAsset } from './card-assets';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/**
 * A preview card as PNG. `text` is every string the card shows, so that only the fonts it needs
 * are loaded. The element's root names the font family (CARD_FONT_FAMILY). satori lays out and turns the text into paths; resvg draws them (no system fonts:
 * every glyph is already a path).
 */
export async function renderCardPng(element: ReactNode, text: string): Promise<Buffer> {
  const svg = await satori(
    element,
    { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await cardFonts(text), loadAdditionalAsset: loadCardAsset },
  );
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}

const EMOJI = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * Text as the card should be given it. satori draws a space with the font of the character
 * before it, and the emoji font's space is as wide as an emoji: a zero-width space after each
 * emoji (drawn by Noto Sans) hands the following space back to the text font.
 */
export function cardText(text: string): string {
  let out = '';
  for (const { segment } of graphemes.segment(text)) out += EMOJI.test(segment) ? `${segment}\u200B` : segment;
  return out;
}
