/**
 * Stage 2: clean one line of extracted text for display without changing a word. PDF extraction mixes
 * half-width punctuation into Chinese text, leaves U+3000 and zero-width characters, and runs of spaces;
 * readers expect full-width punctuation in Chinese sentences (GB/T 15834), while numbers such as
 * 0.26:18.55 or 1,000 keep their ASCII marks. Normalising twice gives the same result.
 *
 * Control characters (\x01, ESC, C1 codes, U+FFFE …) are not text: XML forbids most of them, so one
 * left in a line made every RSS feed invalid, and a terminal escape in a report could recolour it. They
 * are removed here, and `controlCharacterWarnings` names the lines they were on.
 */
import type { Diagnostic } from '../schema.ts';

/**
 * Zero-width and soft-hyphen characters the extractor leaves. A zero-width joiner between two emoji
 * is part of one emoji (👨‍👩‍👧) and stays.
 */
const INVISIBLE =
  /[\u200b\u200c\u2060\ufeff\u00ad]|(?<!\p{Extended_Pictographic}[\u{fe0f}\u{1f3fb}-\u{1f3ff}]?)\u200d|\u200d(?!\p{Extended_Pictographic})/gu;

/**
 * C0 and C1 controls but tab, line feed, carriage return, vertical tab and form feed (the last two are
 * spaces: PDF extractors put a form feed between pages); bidirectional overrides, which can make a
 * line read backwards; noncharacters; and surrogates without a partner.
 */
const CONTROL = /[\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}/gu;
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

/** Invisible and control characters removed, exotic spaces made plain; nothing else. */
export function cleanInvisible(text: string): string {
  return text.replace(INVISIBLE, '').replace(CONTROL, '').replace(WIDE_SPACE, ' ');
}

/** Anything `cleanInvisible` or the space folding would change; most lines have none. */
const NEEDS_CLEANING =
  /[\u200b-\u200d\u2060\ufeff\u00ad\u3000\u00a0\t\f\v\u2002-\u200a\x00-\x08\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ufdd0-\ufdef\ufffe\uffff]|\p{Cs}| {2}/u;

const codePoint = (char: string) => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/**
 * One warning per line of `text` that holds control characters, naming them; `lineOffset` lines come
 * before the text in the file (the front matter).
 */
export function controlCharacterWarnings(text: string, file: string, lineOffset = 0): Diagnostic[] {
  const out: Diagnostic[] = [];
  text.split('\n').forEach((line, index) => {
    const found = line.match(CONTROL);
    if (!found) return;
    const names = [...new Set(found.map(codePoint))];
    out.push({
      ruleId: 'control-character',
      severity: 'warning',
      file,
      line: lineOffset + index + 1,
      message: `removed ${found.length === 1 ? 'a control character' : `${found.length} control characters`} (${names.join(', ')}) from this line: they are not text, and no reader sees them`,
      hint: 'Nothing to do if the line reads as printed; if words are missing around them, export the page again.',
    });
  });
  return out;
}

export function normaliseLine(line: string): string {
  const cleaned = NEEDS_CLEANING.test(line) ? cleanInvisible(line).replace(/ {2,}/g, ' ') : line;
  return widenPunctuation(cleaned.trim());
}
