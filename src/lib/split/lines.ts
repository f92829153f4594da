/**
 * Stage 3: text → numbered lines. Keeps what later stages need from the layout the extractor left:
 * the file's own line number, the indentation (nested list items) and how many blank lines came before
 * (a run of blank lines is where a photograph stood). Editor markup lines (`@@ …`) are read here and
 * attached to the next line of text; they are not part of the page. A printed line that itself starts
 * with `@@` is written with a backslash before it (`\@@`), which is removed: `\\@@` keeps one.
 */
import { ArchiveError } from '../errors.ts';
import { lineRoleSchema } from '../schema.ts';
import { normaliseLine } from './normalise.ts';
import { EDITOR_MARKER } from './patterns.ts';

/** Roles an editor can force on the next line: every line role but the splitter's own bookkeeping. */
export const FORCED_ROLES = lineRoleSchema.exclude(['duplicate', 'marker']).options;

export type ForcedRole = (typeof FORCED_ROLES)[number];

/** What an editor's markup asks for the line below it. */
export type Marker =
  | { kind: 'role'; role: ForcedRole; line: number }
  | { kind: 'article'; line: number }
  | { kind: 'join'; line: number }
  | { kind: 'nojoin'; line: number }
  | { kind: 'story'; story: number; line: number }
  | { kind: 'section'; value: string; line: number }
  | { kind: 'kind'; value: string; line: number };

export interface Line {
  /** 1-based line number in the file the editor sees. */
  no: number;
  /** The line as printed, cleaned for display. */
  text: string;
  /** Leading spaces in the extracted line: nested list items are indented. */
  indent: number;
  blankBefore: number;
  markers: Marker[];
}

const MARKUP_HELP =
  'Known markup: @@ article, @@ headline, @@ overline, @@ rubric, @@ subtitle, @@ byline, @@ intertitle, ' +
  '@@ body, @@ caption, @@ credit, @@ furniture, @@ join, @@ nojoin, @@ story N, @@ section 名称, @@ kind 类型. ' +
  'A printed line that starts with @@ is written \\@@ ….';

/** `\@@…` is the printed line `@@…`: one backslash before `@@` is the escape. */
const ESCAPED_MARKER = /^\\(?=\\*@@)/;

function parseMarker(name: string, argument: string | undefined, no: number, file: string): Marker {
  if ((FORCED_ROLES as readonly string[]).includes(name) && argument === undefined) {
    return { kind: 'role', role: name as ForcedRole, line: no };
  }
  if ((name === 'article' || name === 'join' || name === 'nojoin') && argument === undefined) {
    return { kind: name, line: no };
  }
  if (name === 'story' && argument !== undefined && /^\d+$/.test(argument)) {
    if (Number(argument) === 0) {
      throw new ArchiveError({
        ruleId: 'story-out-of-range',
        file,
        line: no,
        message: '`@@ story 0`: stories are numbered from 1, as in the split report',
        hint: 'Run npm run split -- FILE and give the number of the story this paragraph belongs to.',
      });
    }
    return { kind: 'story', story: Number(argument), line: no };
  }
  if ((name === 'section' || name === 'kind') && argument !== undefined) {
    return { kind: name, value: argument, line: no };
  }
  throw new ArchiveError({
    ruleId: 'unknown-markup',
    file,
    line: no,
    message: `unknown correction markup \`@@ ${name}${argument ? ` ${argument}` : ''}\``,
    hint: MARKUP_HELP,
  });
}

export function toLines(text: string, file: string, lineOffset = 0): Line[] {
  const lines: Line[] = [];
  let blankBefore = 0;
  let pending: Marker[] = [];
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const no = index + 1 + lineOffset;
    const cleaned = normaliseLine(raw);
    if (cleaned === '') {
      blankBefore++;
      return;
    }
    const marker = EDITOR_MARKER.exec(cleaned);
    if (marker) {
      pending.push(parseMarker(marker[1] ?? '', marker[2], no, file));
      return;
    }
    const indent = /^[ \t\u3000]*/.exec(raw)?.[0].length ?? 0;
    lines.push({ no, text: cleaned.replace(ESCAPED_MARKER, ''), indent, blankBefore, markers: pending });
    pending = [];
    blankBefore = 0;
  });
  if (pending.length > 0) {
    throw new ArchiveError({
      ruleId: 'dangling-markup',
      file,
      line: pending[0]?.line ?? null,
      message: 'correction markup at the end of the page has no line below it to apply to',
      hint: 'Put each `@@ …` line directly above the line it corrects.',
    });
  }
  return lines;
}
