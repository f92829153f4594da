/**
 * Where a headline may break across lines. A Chinese browser breaks between any two characters, so on a
 * phone a headline comes out as 不忘初心办实 / 事 or 平城区奋力谱写“十四 / 五”; set with
 * `word-break: keep-all` it breaks only at spaces, and the paper's phrases (为确保春节期间辖区平安稳定)
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

/** `为确保春节期间辖区平安稳定` → [`为确保`, `春节`, `期间`, `辖区`, `平安`, `稳定`]; joined, the pieces are the text. */
export function phrases(text: string): string[] {
  const segments = [...segmenter.segment(text)].map((part) => part.segment);
  const pieces: string[] = [];
  let current = '';
  segments.forEach((segment, index) => {
    const previous = segments[index - 1];
    if (previous !== undefined && current !== '' && breakBetween(previous, segment)) {
      pieces.push(current);
      current = '';
    }
    current += segment;
  });
  if (current !== '') pieces.push(current);
  return pieces;
}
