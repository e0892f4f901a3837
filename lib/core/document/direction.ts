// Strong right-to-left letters: Hebrew, Arabic, Syriac, Thaana, NKo and their presentation forms.
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/gu;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/gu;

/**
 * Guess the writing direction of a text without declared metadata (a pasted Arabic article),
 * from the letters in its opening. Mixed documents follow their majority; the reader should still
 * render each block with dir="auto" so an English quote inside Arabic reads correctly.
 */
export function detectDirection(text: string): 'ltr' | 'rtl' {
  const sample = text.slice(0, 2000);
  const rtl = sample.match(RTL_LETTER)?.length ?? 0;
  const ltr = sample.match(LTR_LETTER)?.length ?? 0;
  return rtl > ltr ? 'rtl' : 'ltr';
}
