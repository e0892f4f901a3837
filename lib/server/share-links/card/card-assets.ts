// satori asks for this when a card's text holds a character none of the bundled fonts draws
// (card-fonts.ts). next/og answers such a request by downloading a font or an emoji picture from a
// public CDN; this answers from here, always, and never touches the network: an emoji gets a
// neutral rounded box (so the reader sees that something stood there), any other script no font
// (satori then leaves the character out rather than failing the card).
const MISSING_EMOJI_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 36 36"><rect x="3" y="3" width="30" height="30" rx="7" fill="none" stroke="#78716c" stroke-width="3"/></svg>';
export const MISSING_EMOJI = `data:image/svg+xml;base64,${Buffer.from(MISSING_EMOJI_SVG).toString('base64')}`;

export async function loadCardAsset(languageCode: string, _segment: string): Promise<string | []> {
  return languageCode === 'emoji' ? MISSING_EMOJI : [];
}
