/**
 * Cutting text for display without cutting a character in half. A cut by UTF-16 units split surrogate
 * pairs (Extension B names, emoji) into U+FFFD in HTML, RSS, JSON and CSV; a cut by code points still
 * split an emoji from its skin tone or a family emoji between its zero-width joiners. Intl.Segmenter
 * cuts between user-perceived characters (grapheme clusters, UAX #29).
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'grapheme' });

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** The first `max` characters as readers count them. */
export function firstGraphemes(text: string, max: number): string {
  // Every grapheme is at least one UTF-16 unit: a short string needs no segmenting.
  if (text.length <= max) return text;
  return graphemes(text).slice(0, max).join('');
}

/** `text`, or its first `max` characters and `…` when it is longer. */
export function truncate(text: string, max: number, ellipsis = '…'): string {
  const cut = firstGraphemes(text, max);
  return cut === text ? text : `${cut}${ellipsis}`;
}
