/**
 * What a result shows of its article: the headline and a window of text centred on the first place the
 * article holds a term (outside the headline, which is shown anyway), every occurrence of every term
 * in it marked. Computed from the article's own text, so a mark is always a whole term as typed — never
 * 平方米 for 平城区 — and the window always shows one.
 */
import { contentPieces, searchForm } from './text.ts';

export interface TextPart {
  text: string;
  marked: boolean;
}

interface Cell {
  char: string;
  marked: boolean;
  /** The space shown between two pieces (paragraphs). */
  boundary?: true;
}

/** Which characters of `text` belong to an occurrence of a term, compared in search form. */
function markedCells(text: string, terms: readonly string[]): Cell[] {
  const chars = [...text];
  // Each folded character remembers the character it came from; whitespace folds to nothing.
  const folded: Array<{ char: string; from: number }> = [];
  chars.forEach((char, index) => {
    for (const part of searchForm(char)) folded.push({ char: part, from: index });
  });
  const marked = chars.map(() => false);
  for (const term of terms) {
    const wanted = [...searchForm(term)];
    if (wanted.length === 0) continue;
    for (let start = 0; start + wanted.length <= folded.length; start += 1) {
      if (!wanted.every((char, offset) => folded[start + offset]?.char === char)) continue;
      const first = folded[start]?.from ?? 0;
      const last = folded[start + wanted.length - 1]?.from ?? first;
      for (let index = first; index <= last; index += 1) marked[index] = true;
    }
  }
  return chars.map((char, index) => ({ char, marked: marked[index] ?? false }));
}

function toParts(cells: readonly Cell[]): TextPart[] {
  const parts: TextPart[] = [];
  for (const { char, marked } of cells) {
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += char;
    else parts.push({ text: char, marked });
  }
  return parts;
}

/** `text` with every occurrence of the terms marked. */
export function markTerms(text: string, terms: readonly string[]): TextPart[] {
  return toParts(markedCells(text, terms));
}

export interface ExcerptOptions {
  /** Characters shown in all. */
  length: number;
  /** Characters shown before the first occurrence. */
  before: number;
}

const SENTENCE_END = /[。！？；!?;]/u;

/** Whether a sentence or a piece ends with this cell. */
function endsSentence(cell: Cell | undefined): boolean {
  return cell !== undefined && (cell.boundary === true || SENTENCE_END.test(cell.char));
}

/**
 * `before` characters ahead of the hit, moved up to the start of the hit's sentence when that is
 * nearer (an excerpt that opens on the tail of the previous sentence, "…。加强", reads as a glitch),
 * and back when the text ends before the window is full.
 */
function windowStart(cells: readonly Cell[], hit: number, before: number, length: number): number {
  let from = Math.max(0, hit - before);
  for (let index = hit - 1; index >= from; index -= 1) {
    if (endsSentence(cells[index])) {
      from = index + 1;
      break;
    }
  }
  return Math.max(0, Math.min(from, cells.length - length));
}

export const EXCERPT: ExcerptOptions = { length: 72, before: 18 };

/**
 * The excerpt of an article whose text Pagefind returned as `content` (see text.ts); `title` is left
 * out. With no occurrence outside the headline (or no terms: a search by filters only), the excerpt is
 * the start of the text.
 */
export function excerpt(
  content: string,
  title: string,
  terms: readonly string[],
  { length, before }: ExcerptOptions = EXCERPT,
): TextPart[] {
  const titleForm = searchForm(title);
  const pieces = contentPieces(content).filter((piece) => searchForm(piece) !== titleForm);
  const cells: Cell[] = [];
  for (const piece of pieces) {
    if (cells.length > 0) cells.push({ char: ' ', marked: false, boundary: true });
    cells.push(...markedCells(piece, terms));
  }
  const hit = Math.max(
    0,
    cells.findIndex((cell) => cell.marked),
  );
  const from = windowStart(cells, hit, before, length);
  const to = Math.min(cells.length, from + length);
  const parts = toParts(cells.slice(from, to));
  if (from > 0 && !endsSentence(cells[from - 1])) parts.unshift({ text: '…', marked: false });
  if (to < cells.length) parts.push({ text: '…', marked: false });
  return parts;
}
