/**
 * How search sees text. A reader's term matches an article when the article holds it as a substring,
 * the way a reader of Chinese expects (城区 finds 平城区), after three foldings applied alike to the
 * article and to the term:
 * - width: full-width Latin letters, digits and signs (ＡＢＣ２０２１，) are their ASCII forms, because the
 *   extraction keeps whichever form the typesetter used and readers type either;
 * - case: Latin letters compare in lower case, as Pagefind indexes them;
 * - whitespace is dropped: the spaces and line breaks of the printed page are layout, not text
 *   (办实事 解民忧 is found by 办实事解民忧).
 *
 * Pagefind indexes words, and for Chinese its words come from a dictionary (jieba), so 城区 inside the
 * word 平城区 could never be found. So the index is built one character to a word (`indexContent`)
 * and a term becomes a quoted Pagefind search of its characters in order, which Pagefind answers by
 * word position: exactly a substring search. Pagefind drops punctuation from a search, so a term is
 * searched as its runs of letters, digits and ideographs (`indexableRuns`); a term that holds anything
 * else is checked against the article's text once loaded.
 */

/** What Pagefind indexes as a word: letters (every script, ideographs included) and digits. */
const INDEXABLE = /[\p{L}\p{N}]/u;

function toAscii(char: string): string {
  return String.fromCharCode(char.charCodeAt(0) - 0xfee0);
}

/** Full-width ASCII variants U+FF01–FF5E → U+0021–007E; the ideographic space is dropped with spaces. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, toAscii);
}

/** Only full-width letters and digits → ASCII: what the index needs, keeping the paper's punctuation（，）. */
export function foldWidthAlphanumerics(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, toAscii);
}

/** The form both sides of a match are compared in: width and case folded, whitespace removed. */
export function searchForm(text: string): string {
  return foldWidth(text)
    .toLowerCase()
    .replace(/[\s\u034f]+/gu, '');
}

/** Whether `text` holds `term` in the sense above. An empty term matches nothing. */
export function holds(text: string, term: string): boolean {
  const wanted = searchForm(term);
  return wanted !== '' && searchForm(text).includes(wanted);
}

/**
 * The term's runs of indexable characters, the parts Pagefind can search for: `十四五，开新局` →
 * [`十四五`, `开新局`]. A term made of one run is answered exactly by Pagefind alone.
 */
export function indexableRuns(term: string): string[] {
  const runs: string[] = [];
  let run = '';
  for (const char of searchForm(term)) {
    if (INDEXABLE.test(char)) run += char;
    else if (run) {
      runs.push(run);
      run = '';
    }
  }
  if (run) runs.push(run);
  return runs;
}

/** Whether Pagefind's answer for the term is already exact: the term is one run of indexable characters. */
export function searchableAsIs(term: string): boolean {
  const form = searchForm(term);
  return form !== '' && indexableRuns(form)[0] === form;
}

/** A run as Pagefind's exact (quoted) search of its characters, one word each: `平城` → `"平 城"`. */
export function exactQuery(run: string): string {
  return `"${[...run].join(' ')}"`;
}

/** Every character of the runs as a separate Pagefind word, for ranking: `平城 区` → `平 城 区`. */
export function looseQuery(runs: readonly string[]): string {
  return runs.flatMap((run) => [...run]).join(' ');
}

/**
 * Marks the boundary between two pieces of an article (headline, paragraphs): a word of its own in the
 * index, so a quoted search cannot run from the end of the headline into the first paragraph.
 */
export const PIECE_BREAK = '¶';

/**
 * Stands for the printed text's whitespace inside the index: U+034F COMBINING GRAPHEME JOINER, a
 * combining mark, so Pagefind keeps it with the character before it. It takes no word position (a
 * quoted search runs across it, as the text's spaces do not count) and the excerpt turns it back
 * into a space (本报讯（记者 邸东芳）, not 记者邸东芳).
 */
const SPACE_MARK = '\u034f';

/**
 * What Pagefind is given to index: each piece with its full-width letters and digits folded (Pagefind
 * folds case itself), every character a word of its own, followed by a space mark where the text had
 * whitespace. Punctuation stays (a word Pagefind does not index but counts), so 十四五，开新局 is two
 * runs apart and an excerpt can show it.
 */
export function indexContent(pieces: readonly string[]): string {
  return pieces
    .map((piece) => foldWidthAlphanumerics(piece.replaceAll(SPACE_MARK, '')).trim().replace(/\s+/gu, SPACE_MARK))
    .filter((piece) => piece !== '')
    .map((piece) => (piece.match(/[^\u034f]\u034f?/gu) ?? []).join(' '))
    .join(` ${PIECE_BREAK} `);
}

/**
 * The article's text back from the content Pagefind returns (the characters of `indexContent`, with
 * the spaces and the zero-width spaces its Chinese segmenter adds), as pieces.
 */
export function contentPieces(content: string): string[] {
  return content
    .replace(/[\s\u200b]+/gu, '')
    .replaceAll(SPACE_MARK, ' ')
    .split(PIECE_BREAK)
    .filter((piece) => piece !== '');
}
