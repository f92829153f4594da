/**
 * Stage 2: clean one line of extracted text for display without changing a word. PDF extraction mixes
 * half-width punctuation into Chinese text, leaves U+3000 and zero-width characters, and runs of spaces;
 * readers expect full-width punctuation in Chinese sentences (GB/T 15834), while numbers such as
 * 0.26:18.55 or 1,000 keep their ASCII marks. Normalising twice gives the same result.
 */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const WIDE_SPACE = /[\u3000\u00a0\t\f\v\u2002-\u200a]/g;
const HAN_OR_CJK_PUNCT = /[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’…—]/;
const ASCII_ALNUM = /[A-Za-z0-9]/;

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？' };

function widenPunctuation(line: string): string {
  if (!HAN_OR_CJK_PUNCT.test(line) || !/[,;:!?()]/.test(line)) return line;
  let out = line.replace(/[,;:!?]/g, (char: string, i: number) => {
    const prev = line[i - 1] ?? '';
    const next = line[i + 1] ?? '';
    // 1,000 · 0.26:18.55 · 8:30 · http://… keep their ASCII marks, and so does text that looks like
    // markup (&amp; · <!-- -->), which readers must see exactly as printed.
    const betweenAscii = ASCII_ALNUM.test(prev) && (ASCII_ALNUM.test(next) || next === '/');
    const markup =
      (char === ';' && /&#?[A-Za-z0-9]+$/.test(line.slice(Math.max(0, i - 12), i))) || (char === '!' && prev === '<');
    return betweenAscii || markup ? char : (FULL_WIDTH[char] ?? char);
  });
  // Innermost pairs first, until none is left to widen: (a(中)b) → (a（中）b) → （a（中）b）.
  for (let previous = ''; previous !== out;) {
    previous = out;
    out = out.replace(/\(([^()]*)\)/g, (match, inner: string, offset: number, whole: string) =>
      HAN_OR_CJK_PUNCT.test(inner) || HAN_OR_CJK_PUNCT.test(whole[offset - 1] ?? '') ? `（${inner}）` : match,
    );
  }
  return out;
}

/** Invisible characters removed, exotic spaces made plain; nothing else. */
export function cleanInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(WIDE_SPACE, ' ');
}

/** Anything `cleanInvisible` or the space folding would change; most lines have none. */
const NEEDS_CLEANING = /[\u200b-\u200d\u2060\ufeff\u00ad\u3000\u00a0\t\f\v\u2002-\u200a]| {2}/;

export function normaliseLine(line: string): string {
  const cleaned = NEEDS_CLEANING.test(line) ? cleanInvisible(line).replace(/ {2,}/g, ' ') : line;
  return widenPunctuation(cleaned.trim());
}
