/**
 * The split inspector's view model, as a pure function: the issue file's text, the split the build
 * made of it and `npm run check`'s diagnostics in; one entry per line of the file out (which story it
 * went to, its role and the splitter's reason, the line it was joined to across a column break, where a
 * line printed among another story's went, the warnings at it, and the markup that would change it),
 * plus the stories as readers see them.
 *
 * It reads only the public split (articles with their lines, blocks, figures and decisions; the
 * diagnostics), never the splitter's stages, so it shows what the build publishes.
 */
import { KINDS, SECTION_NAMES } from '../../config/sections.ts';
import type { Diagnostic, Issue, LineRole } from '../schema.ts';

export type LineKind = 'front-matter' | 'blank' | 'markup' | 'text';

/** Where a line printed among another story's lines (interleaved columns, a resumed story) went. */
export interface Move {
  story: number;
  headline: string;
  /** The line it follows in the story as readers see it; null when it opens the story or is a figure. */
  after: number | null;
  /** The first line of a run of moved lines; the lines after it in the run went along with it. */
  runStart: boolean;
  /** Printed above its own story's title (the lead set above the headline), not among another story. */
  aboveTitle: boolean;
}

/** A markup line that would change this line, and where to paste it. */
export interface Suggestion {
  markup: string;
  /** Paste the markup on a new line directly above this file line. */
  above: number;
  /** What it does, for the editor. */
  effect: string;
  /**
   * `common`: the corrections editors need most; `role`: the other roles the line could play;
   * `filing`: the section and kind of the story (offered on its first line). The last two are shown
   * on request.
   */
  group: 'common' | 'role' | 'filing';
}

export interface InspectedLine {
  no: number;
  /** The line exactly as written in the file. */
  text: string;
  kind: LineKind;
  /** The story (its number in the split report) this line went to; null for furniture, duplicates … */
  story: number | null;
  role: LineRole | null;
  reasons: string[];
  /** The line this one continues: the paragraph was cut by a column break and joined again. */
  joinedTo: number | null;
  movedTo: Move | null;
  /** For a markup line: the line of text it corrects. */
  appliesTo: number | null;
  /** Markup lines already written above this line (their line numbers). */
  markupAbove: number[];
  diagnostics: Diagnostic[];
  suggestions: Suggestion[];
}

export interface InspectedFigure {
  caption: string | null;
  credit: string | null;
  lines: number[];
}

export interface InspectedStory {
  order: number;
  id: string;
  rubric: string | null;
  overline: string | null;
  headline: string;
  headlineDerived: boolean;
  subtitle: string | null;
  byline: string | null;
  section: string;
  kind: string;
  figures: InspectedFigure[];
  firstWords: string;
  lines: number[];
  /** Runs of consecutive story lines, for "lines 45–57" links. */
  ranges: Array<[number, number]>;
  /** Lines printed elsewhere on the page that joined this story. */
  movedIn: number[];
}

export interface Inspection {
  source: string;
  lines: InspectedLine[];
  stories: InspectedStory[];
  /** Diagnostics without a line of this file (the file name, the encoding …). */
  fileDiagnostics: Diagnostic[];
  /** The error that stops the split (a half-written markup line …); then no stories are shown. */
  splitError: Diagnostic | null;
  counts: Record<Diagnostic['severity'], number>;
}

export interface InspectInput {
  source: string;
  /** The decoded file, front matter included. */
  text: string;
  /** How many lines of the file come before the page text (the front matter). */
  bodyLineOffset: number;
  /** The split, or null when the file cannot be split as it stands. */
  issue: Issue | null;
  /** Everything `npm run check` says about this file. */
  diagnostics: readonly Diagnostic[];
}

const FIRST_WORDS = 40;
const TITLE_ROLES: readonly LineRole[] = ['rubric', 'overline', 'headline', 'subtitle'];
/** A markup line, as the splitter reads it: `@@` first, after any indentation. */
const MARKUP_LINE = /^[\s\u3000]*@@/;

/** What each role a line can be given means on the printed page, in the newsroom's words. */
export const ROLE_EFFECTS: Readonly<Record<Exclude<LineRole, 'duplicate' | 'marker'>, string>> = {
  rubric: '栏目名（如“基层动态”），从这一行起是一篇新稿件',
  overline: '引题（标题上方的短行），从这一行起是一篇新稿件',
  headline: '标题，从这一行起是一篇新稿件',
  subtitle: '副题（标题下方的一行）',
  byline: '署名（本报记者、通讯员）',
  intertitle: '小标题（稿件中间的分节标题）',
  body: '正文',
  caption: '图片说明',
  credit: '图片署名（……摄、资料图片）',
  furniture: '版面元素，不属于任何稿件（版头、页码、栏目条）',
};

/** The roles offered as corrections, most often needed first. */
const OFFERED_ROLES = [
  'headline',
  'body',
  'subtitle',
  'byline',
  'intertitle',
  'caption',
  'credit',
  'overline',
  'rubric',
  'furniture',
] as const;

function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // A file ending in a newline has no line after it: editors' line numbers stop at the last text.
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Runs of a story's lines with no other story's text between them: "lines 45–57" on the card. */
function rangesOf(story: number, lines: readonly InspectedLine[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  let open: [number, number] | null = null;
  for (const line of lines) {
    if (line.kind !== 'text') continue;
    if (line.story !== story) open = null;
    else if (open) open[1] = line.no;
    else ranges.push((open = [line.no, line.no]));
  }
  return ranges;
}

/** The story's title lines, then its text block by block: the order readers meet them. */
function readingOrder(article: Issue['articles'][number]): number[] {
  const roleOf = new Map(article.decisions.map((decision) => [decision.line, decision.role]));
  const titles = article.lines.filter((line) => TITLE_ROLES.includes(roleOf.get(line) ?? 'body'));
  return [...titles, ...article.blocks.flatMap((block) => block.lines)];
}

/**
 * Lines that were printed away from their story. A story's home is where readers start it (its first
 * title line, else its first line of text): the lines of the story printed from there on, until another
 * story's line comes between. Every other line of the story was printed elsewhere and moved to it. A
 * byline is left out of the reading order: an author signing off is printed after the text.
 */
function findMoves(issue: Issue, ownerOf: ReadonlyMap<number, number>): Map<number, Move> {
  const moves = new Map<number, Move>();
  const storyLines = [...ownerOf.keys()].sort((a, b) => a - b);
  for (const article of issue.articles) {
    const order = readingOrder(article);
    const start = order[0] ?? article.lines[0];
    if (start === undefined) continue;
    const home = new Set<number>();
    for (let index = storyLines.indexOf(start); index >= 0 && index < storyLines.length; index++) {
      const line = storyLines[index]!;
      if (ownerOf.get(line) !== article.order) break;
      home.add(line);
    }
    let previous: number | null = null;
    for (const line of article.lines) {
      if (home.has(line)) continue;
      const position = order.indexOf(line);
      const after = position > 0 ? order[position - 1]! : null;
      const runStart = previous === null || storyLines[storyLines.indexOf(line) - 1] !== previous;
      moves.set(line, { story: article.order, headline: article.headline, after, runStart, aboveTitle: line < start });
      previous = line;
    }
  }
  return moves;
}

/** The second and later lines of each paragraph joined across a column break, with the line before. */
function findJoins(issue: Issue): Map<number, number> {
  const joins = new Map<number, number>();
  for (const article of issue.articles)
    for (const block of article.blocks)
      block.lines.forEach((line, index) => {
        if (index > 0) joins.set(line, block.lines[index - 1]!);
      });
  return joins;
}

interface LineFacts {
  story: number | null;
  role: LineRole | null;
  joinedTo: number | null;
  markupAbove: string[];
  previousText: { story: number | null; role: LineRole | null } | null;
}

/**
 * The markup that would change one line of text, given what the split made of it: the common
 * corrections first (a missed headline or story start, a wrong join, a paragraph of a neighbouring
 * story), then the other roles the line could play.
 */
function suggestMarkup(no: number, facts: LineFacts, issue: Issue | null): Suggestion[] {
  const out: Suggestion[] = [];
  // While the file cannot be split, the one correction that matters is the error's.
  if (!issue) return out;
  const written = new Set(facts.markupAbove.map((markup) => markup.trim().replace(/\s+/g, ' ')));
  const offer = (markup: string, effect: string, group: Suggestion['group'] = 'common') => {
    if (!written.has(markup) && !out.some((s) => s.markup === markup)) out.push({ markup, above: no, effect, group });
  };
  const roleEffect = (role: (typeof OFFERED_ROLES)[number]) => `这一行是${ROLE_EFFECTS[role]}`;
  const article = issue.articles.find((candidate) => candidate.order === facts.story);
  if (facts.role === 'duplicate') offer('@@ body', '这一行不是误重复，页面确实印了两次：保留为正文');
  if (facts.role !== 'headline') offer('@@ headline', roleEffect('headline'));
  if (article && article.lines[0] !== no && facts.role !== 'headline')
    offer('@@ article', '从这一行起另起一篇稿件（短行作标题，长行作无标题稿件的开头）');
  if (facts.joinedTo !== null) offer('@@ nojoin', `不与第 ${facts.joinedTo} 行连成一段，另起一段`);
  else if (facts.role === 'body' && facts.previousText?.role === 'body' && facts.previousText.story === facts.story)
    offer('@@ join', '与上一段连成一段（段落被分栏截断时）');
  // A stray paragraph most often belongs to the story printed around it or to a neighbour in order.
  const near = [facts.previousText?.story ?? null, ...(facts.story === null ? [] : [facts.story - 1, facts.story + 1])];
  for (const order of near) {
    const other = issue.articles.find((candidate) => candidate.order === order);
    if (other && other.order !== facts.story)
      offer(`@@ story ${other.order}`, `这一段属于第 ${other.order} 篇《${other.headline}》`);
  }
  if (facts.role !== 'body') offer('@@ body', roleEffect('body'));
  for (const role of OFFERED_ROLES) if (role !== facts.role) offer(`@@ ${role}`, roleEffect(role), 'role');
  if (article && article.lines[0] === no) {
    for (const section of SECTION_NAMES)
      if (section !== article.section) offer(`@@ section ${section}`, `这篇稿件归入“${section}”栏目`, 'filing');
    for (const kind of KINDS) if (kind !== article.kind) offer(`@@ kind ${kind}`, `这篇稿件是${kind}`, 'filing');
  }
  return out;
}

function firstWords(article: Issue['articles'][number]): string {
  const text = article.blocks.find((block) => block.type === 'paragraph')?.text ?? article.blocks[0]?.text ?? '';
  return text.length > FIRST_WORDS ? `${text.slice(0, FIRST_WORDS)}…` : text;
}

function inspectStories(issue: Issue | null, lines: readonly InspectedLine[]): InspectedStory[] {
  return (issue?.articles ?? []).map((article) => ({
    order: article.order,
    id: article.id,
    rubric: article.rubric,
    overline: article.overline,
    headline: article.headline,
    headlineDerived: article.headlineDerived,
    subtitle: article.subtitle,
    byline: article.byline,
    section: article.section,
    kind: article.kind,
    figures: article.figures.map(({ caption, credit, lines }) => ({ caption, credit, lines })),
    firstWords: firstWords(article),
    lines: article.lines,
    ranges: rangesOf(article.order, lines),
    movedIn: lines.filter((line) => line.movedTo?.story === article.order).map((line) => line.no),
  }));
}

/** What the split says about each line: its story, its role and the reasons for it. */
interface SplitIndex {
  ownerOf: Map<number, number>;
  decisionsOf: Map<number, { role: LineRole; reasons: string[] }>;
  moves: Map<number, Move>;
  joins: Map<number, number>;
  /** Lines dropped as word-for-word repeats, with check's note. */
  duplicates: Map<number, Diagnostic>;
}

function indexSplit(issue: Issue | null, diagnostics: readonly Diagnostic[]): SplitIndex {
  const ownerOf = new Map<number, number>();
  const decisionsOf = new Map<number, { role: LineRole; reasons: string[] }>();
  for (const article of issue?.articles ?? []) {
    for (const line of article.lines) ownerOf.set(line, article.order);
    for (const decision of article.decisions) {
      // A story's first line carries the story's own decision too; the last one is the line's role.
      const entry = decisionsOf.get(decision.line) ?? { role: decision.role, reasons: [] };
      entry.role = decision.role;
      entry.reasons.push(decision.reason);
      decisionsOf.set(decision.line, entry);
    }
  }
  const duplicates = new Map<number, Diagnostic>();
  for (const diagnostic of diagnostics)
    if (diagnostic.ruleId === 'duplicate-line' && diagnostic.line !== null) duplicates.set(diagnostic.line, diagnostic);
  return {
    ownerOf,
    decisionsOf,
    moves: issue ? findMoves(issue, ownerOf) : new Map(),
    joins: issue ? findJoins(issue) : new Map(),
    duplicates,
  };
}

/** Each diagnostic at its line; those with no line of this file go with the file. */
function placeDiagnostics(diagnostics: readonly Diagnostic[], lineCount: number) {
  const at = new Map<number, Diagnostic[]>();
  const file: Diagnostic[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.line !== null && diagnostic.line >= 1 && diagnostic.line <= lineCount)
      at.set(diagnostic.line, [...(at.get(diagnostic.line) ?? []), diagnostic]);
    else file.push(diagnostic);
  }
  return { at, file };
}

/** A line of page text that no story holds: a dropped repeat, or page furniture. */
function roleOutsideStories(
  no: number,
  split: SplitIndex,
  markupAbove: readonly InspectedLine[],
): { role: LineRole; reasons: string[] } {
  const duplicate = split.duplicates.get(no);
  if (duplicate) return { role: 'duplicate', reasons: [duplicate.message] };
  const forced = markupAbove.some((markup) => /@@\s*furniture/.test(markup.text));
  return {
    role: 'furniture',
    reasons: [forced ? 'editor markup @@ furniture' : '不属于任何稿件：版头、页码、栏目条等版面元素'],
  };
}

export function inspectIssue(input: InspectInput): Inspection {
  const { issue } = input;
  const raw = splitLines(input.text);
  const split = indexSplit(issue, input.diagnostics);
  const placed = placeDiagnostics(input.diagnostics, raw.length);
  const lines: InspectedLine[] = [];
  let pendingMarkup: InspectedLine[] = [];
  let previousText: LineFacts['previousText'] = null;
  raw.forEach((text, index) => {
    const no = index + 1;
    const line: InspectedLine = {
      no,
      text,
      kind: no <= input.bodyLineOffset ? 'front-matter' : text.trim() === '' ? 'blank' : 'text',
      story: null,
      role: null,
      reasons: [],
      joinedTo: null,
      movedTo: null,
      appliesTo: null,
      markupAbove: [],
      diagnostics: placed.at.get(no) ?? [],
      suggestions: [],
    };
    lines.push(line);
    if (line.kind !== 'text') return;
    if (MARKUP_LINE.test(text)) {
      Object.assign(line, { kind: 'markup', role: 'marker' });
      pendingMarkup.push(line);
      return;
    }
    const decided = split.decisionsOf.get(no) ?? (issue ? roleOutsideStories(no, split, pendingMarkup) : null);
    line.story = split.ownerOf.get(no) ?? null;
    line.role = decided?.role ?? null;
    line.reasons = decided?.reasons ?? [];
    line.joinedTo = split.joins.get(no) ?? null;
    line.movedTo = split.moves.get(no) ?? null;
    line.markupAbove = pendingMarkup.map((markup) => markup.no);
    for (const markup of pendingMarkup) markup.appliesTo = no;
    const markupText = pendingMarkup.map((markup) => markup.text);
    line.suggestions = suggestMarkup(no, { ...line, markupAbove: markupText, previousText }, issue);
    pendingMarkup = [];
    previousText = { story: line.story, role: line.role };
  });

  const splitError = issue ? null : (input.diagnostics.find((d) => d.severity === 'error') ?? null);
  const counts = { error: 0, warning: 0, info: 0 };
  for (const diagnostic of input.diagnostics) counts[diagnostic.severity]++;
  return {
    source: input.source,
    lines,
    stories: inspectStories(issue, lines),
    fileDiagnostics: placed.file,
    splitError,
    counts,
  };
}
