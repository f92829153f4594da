/**
 * Where a headline may break across lines. A Chinese browser breaks between any two characters, so on a
 * phone a headline comes out as 老街巷焕然一 / 新 or 青石县打造“十五 / 分钟”; set with
 * `word-break: keep-all` it breaks only at spaces, and the paper's phrases (为确保节日期间城区道路畅通)
 * are often wider than a phone. `phrases` cuts a line into pieces that may start a new line: at the
 * spaces the paper printed between phrases, around punctuation as Chinese typesetting allows, and
 * between two words the ICU word segmenter (the one Chromium uses) finds.
 *
 * ICU's dictionary splits many words into single characters (平|城区, 谱|写, 办|实|事), so a break
 * next to a one-character segment is never offered: the character stays with its neighbours
 * (平城区, 奋力谱写, 初心办实事). The pages render the pieces with <wbr> between them.
 */
const segmenter = new Intl.Segmenter('zh-Hans', { granularity: 'word' });

/** Punctuation that may not start a line: it stays with the text before it. */
const CLOSING = /^[，。、：；！？,.:;!?”’」』）)】》〉…·]+$/u;
/** Punctuation that may not end a line: it stays with the text after it. */
const OPENING = /^[“‘「『（(【《〈]+$/u;
/** A dash (——, ―) introduces what follows, as in 最早觉醒的大同人之一——王振翼. */
const DASH = /^[—―–-]+$/u;
const SPACE = /^\s+$/u;

type Kind = 'space' | 'open' | 'close' | 'dash' | 'word';

function kindOf(segment: string): Kind {
  if (SPACE.test(segment)) return 'space';
  if (OPENING.test(segment)) return 'open';
  if (CLOSING.test(segment)) return 'close';
  if (DASH.test(segment)) return 'dash';
  return 'word';
}

const length = (text: string) => [...text].length;

/** Whether a line may break between two adjacent segments (no space between them). */
function breakBetween(before: string, after: string): boolean {
  const a = kindOf(before);
  const b = kindOf(after);
  if (a === 'space' || b === 'space') return false;
  if (b === 'close' || a === 'open' || a === 'dash') return false;
  if (a === 'close' || b === 'open' || b === 'dash') return true;
  return length(before) >= 2 && length(after) >= 2;
}

/**
 * A phrase the paper printed between spaces that fits a phone's line whole (a 360 px phone sets 12
 * headline characters) is not broken inside: a balanced headline would otherwise take 锚定“四步走”战略
 * / 目标 over the paper's own phrase break.
 */
export const WHOLE_PHRASE = 12;

/** A short title or quotation (《大同日报·今日平城》, “十四五”) is one unit too. */
const SHORT_QUOTE = /《[^《》]{1,10}》|“[^“”]{1,10}”/gu;

type Span = readonly [start: number, end: number];

const spans = (text: string, pattern: RegExp): Span[] =>
  [...text.matchAll(pattern)].map((match) => [match.index, match.index + match[0].length] as const);

const within = (at: number, list: readonly Span[]) => list.some(([start, end]) => at > start && at < end);

/** `为确保节日期间城区道路畅通` → [`为确保`, `节日`, `期间`, `城区`, `道路`, `畅通`]; joined, the pieces are the text. */
export function phrases(text: string): string[] {
  const whole = [
    ...spans(text, /\S+/gu).filter(([start, end]) => length(text.slice(start, end)) <= WHOLE_PHRASE),
    ...spans(text, SHORT_QUOTE),
  ];
  const segments = [...segmenter.segment(text)];
  const pieces: string[] = [];
  let current = '';
  segments.forEach(({ segment, index }, position) => {
    const previous = segments[position - 1]?.segment;
    if (previous !== undefined && current !== '' && !within(index, whole) && breakBetween(previous, segment)) {
      pieces.push(current);
      current = '';
    }
    current += segment;
  });
  if (current !== '') pieces.push(current);
  return pieces;
}
