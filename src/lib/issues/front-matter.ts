/**
 * The front matter an editor writes above the raw page, read without ever throwing: every problem is a
 * diagnostic in plain words, with the line of the file to fix and the Chinese term the editor knows.
 *
 * The block is delimited here, not by gray-matter, so that the first `---` line after the opening one
 * closes it and a `---` printed in the page body stays page text. gray-matter (js-yaml) only reads the
 * YAML between the two lines.
 */
import matter from 'gray-matter';
import { PAPER_IDS } from '../../config/papers.ts';
import type { z } from 'zod';
import { describeDateProblem } from './editor-date.ts';
import { cleanInvisible } from '../split/normalise.ts';
import { frontMatterSchema, type Diagnostic, type FrontMatter } from '../schema.ts';
import { suggestKey, suggestName } from './suggest.ts';

export interface FrontMatterBlock {
  /** False when the file does not start with a `---` line (a raw page). */
  present: boolean;
  /** The validated front matter, or null when it is missing or has errors. */
  data: FrontMatter | null;
  /** The page text after the closing `---`. */
  body: string;
  /** How many lines of the file come before the body, so body line 1 is file line `bodyLineOffset + 1`. */
  bodyLineOffset: number;
  /** 1-based file line of each key written, for messages that point at a field. */
  keyLines: ReadonlyMap<string, number>;
  diagnostics: Diagnostic[];
}

/** What each field is, in the words and Chinese terms of the newsroom; the hints quote these. */
export const FIELD_HELP: Readonly<Record<keyof FrontMatter, { zh: string; example: string }>> = {
  date: { zh: '出版日期', example: 'date: 2024-02-02' },
  masthead: { zh: '版名', example: 'masthead: 大同日报·走近平城' },
  page: { zh: '版次', example: 'page: 5' },
  dateInferred: { zh: '日期为推断', example: 'dateInferred: true' },
  dateNote: { zh: '日期说明', example: "dateNote: '据内容推断'" },
  title: { zh: '专刊标题', example: "title: '创刊一周年特刊'" },
  note: { zh: '备注', example: "note: '据PDF导出'" },
  paper: { zh: '报纸', example: 'paper: city-paper' },
};

export const FRONT_MATTER_KEYS = Object.keys(FIELD_HELP) as Array<keyof FrontMatter>;

const KNOWN_KEYS_HINT = `Known keys: ${FRONT_MATTER_KEYS.map((key) => `${key} (${FIELD_HELP[key].zh})`).join(', ')}.`;

const DELIMITER = /^---[ \t]*$/;

/** `key: value` written with the full-width colon of a Chinese input method. */
const FULL_WIDTH_COLON_KEY = /^\s*([A-Za-z\u4e00-\u9fff]+)\s*：/;

function problem(file: string, line: number, ruleId: string, message: string, hint: string): Diagnostic {
  return { ruleId, severity: 'error', file, line, message, hint };
}

/** The scalar an editor wrote after `key:`, without quotes or a trailing comment. */
function rawValue(line: string): string {
  const value = line.replace(/^[^:]*:/, '').trim();
  const quoted = /^(['"])(.*)\1$/.exec(value);
  return quoted ? (quoted[2] ?? '') : value.replace(/\s+#.*$/, '');
}

/** js-yaml's first message line, without its own (block-relative) position. */
function yamlReason(error: Error): string {
  return (error.message.split('\n')[0] ?? '').replace(/\s*(?:\(\d+:\d+\)|at line \d+, column \d+)?:?\s*$/, '');
}

function parseYaml(yaml: string, file: string, lines: readonly string[]): { data: unknown; diagnostics: Diagnostic[] } {
  const colon = lines.findIndex((line) => FULL_WIDTH_COLON_KEY.test(line));
  if (colon >= 0) {
    const key = FULL_WIDTH_COLON_KEY.exec(lines[colon]!)?.[1] ?? '';
    return {
      data: null,
      diagnostics: [
        problem(
          file,
          colon + 2,
          'front-matter-syntax',
          `\`${key}：\` uses a full-width colon (：)`,
          `Type an ASCII colon and a space after the key: \`${key}: …\`.`,
        ),
      ],
    };
  }
  try {
    // A fresh options object turns gray-matter's cache off, so an edited file is always read again.
    return { data: matter(`---\n${yaml}\n---\n`, {}).data, diagnostics: [] };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    // js-yaml counts from 0 in a buffer that starts with the rest of the opening `---` line.
    const line = mark?.line === undefined ? 1 : mark.line + 1;
    const reason = yamlReason(error as Error);
    const written = lines[line - 2] ?? '';
    const key = /^\s*([^:\s]+)\s*:/.exec(written)?.[1];
    if (key && /duplicated mapping key/.test(reason)) {
      return {
        data: null,
        diagnostics: [
          problem(
            file,
            line,
            'front-matter-syntax',
            `\`${key}\` is written twice in the front matter`,
            'Keep one line per key and delete the other.',
          ),
        ],
      };
    }
    if (key && /:/.test(written.slice(written.indexOf(':') + 1))) {
      const value = written
        .slice(written.indexOf(':') + 1)
        .trim()
        .replace(/'/g, "''");
      return {
        data: null,
        diagnostics: [
          problem(
            file,
            line,
            'front-matter-syntax',
            `the value of \`${key}\` contains a colon (:), so it must be in quotes`,
            `Write it as \`${key}: '${value}'\`.`,
          ),
        ],
      };
    }
    return {
      data: null,
      diagnostics: [
        problem(
          file,
          line,
          'front-matter-syntax',
          `this front-matter line cannot be read as \`key: value\` (YAML: ${reason})`,
          'Write one `key: value` per line, e.g. `date: 2024-02-02`, and put text containing a colon in quotes. If the page text starts here, the closing `---` line above it is missing.',
        ),
      ],
    };
  }
}

/** Zod's issue for one field, said the way an editor needs to hear it. */
function describeFieldIssue(
  issue: z.core.$ZodIssue,
  raw: Readonly<Record<string, unknown>>,
  written: ReadonlyMap<string, string>,
): { message: string; hint: string } {
  const key = String(issue.path[0] ?? '') as keyof FrontMatter;
  const help = FIELD_HELP[key];
  const value = raw[key];
  if (value === undefined || value === null) {
    const what = value === null ? 'is empty' : 'is missing';
    return {
      message: `\`${key}\` (${help.zh}) ${what}`,
      hint: `Add a line \`${help.example}\` between the two \`---\` lines.`,
    };
  }
  const shown = written.get(key) ?? String(value);
  switch (key) {
    case 'date': {
      const date = describeDateProblem(shown);
      return {
        message: `\`date\` (${help.zh}): ${date?.message ?? `“${shown}” is not a date`}`,
        hint: date?.hint ?? `Write the date printed on the page as YYYY-MM-DD: \`${help.example}\`.`,
      };
    }
    case 'page':
      return {
        message: `\`page\` (${help.zh}) must be a whole number such as 5, not “${shown}”`,
        hint: `Write the page number printed on the page in digits: \`${help.example}\`.`,
      };
    case 'dateInferred':
      return {
        message: `\`dateInferred\` (${help.zh}) must be true or false, not “${shown}”`,
        hint: 'Write `dateInferred: true` when the page prints no date and you worked it out; otherwise leave the line out.',
      };
    case 'masthead':
      return {
        message: `\`masthead\` (${help.zh}) must be the page's name, not “${shown}”`,
        hint: `Write the name printed at the top of the page: \`${help.example}\`.`,
      };
    default:
      return {
        message: `\`${key}\` (${help.zh}) must be text, not “${shown}”`,
        hint: `Put the text in quotes: \`${help.example}\`.`,
      };
  }
}

/**
 * Spaces a Chinese input method leaves around a value (U+3000, zero-width) are not part of it; a page
 * number typed in quotes ('5') is still the number 5.
 */
function tidy(key: string, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const clean = cleanInvisible(value).trim();
  return key === 'page' && /^\d+$/.test(clean) ? Number(clean) : clean;
}

function validate(
  data: unknown,
  file: string,
  closingLine: number,
  keyLines: ReadonlyMap<string, number>,
  written: ReadonlyMap<string, string>,
): { data: FrontMatter | null; diagnostics: Diagnostic[] } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return {
      data: null,
      diagnostics: [
        problem(
          file,
          2,
          'front-matter-syntax',
          'the front matter must be `key: value` lines',
          `Write one key per line, e.g. \`${FIELD_HELP.date.example}\`.`,
        ),
      ],
    };
  }
  const raw = Object.fromEntries(
    Object.entries(data as Record<string, unknown>).map(([key, value]) => [key, tidy(key, value)]),
  );
  // js-yaml turns 2021-04-09 into a Date and silently rolls 2021-02-30 over to 2021-03-02: keep what
  // the editor wrote instead, and let the schema judge it.
  if (raw['date'] instanceof Date || typeof raw['date'] === 'number') raw['date'] = written.get('date') ?? raw['date'];
  const result = frontMatterSchema.safeParse(raw);
  if (result.success) {
    const paper = result.data.paper;
    if (paper === undefined || PAPER_IDS.includes(paper)) return { data: result.data, diagnostics: [] };
    const suggestion = suggestName(paper, PAPER_IDS);
    return {
      data: null,
      diagnostics: [
        problem(
          file,
          keyLines.get('paper') ?? closingLine,
          'front-matter-unknown-paper',
          `\`paper\` (${FIELD_HELP.paper.zh}): no paper profile is called “${paper}”${suggestion ? `: did you mean \`${suggestion}\`?` : ''}`,
          `Known papers: ${PAPER_IDS.join(', ')} (src/config/papers/). Leave the key out for the archive's own paper.`,
        ),
      ],
    };
  }
  const diagnostics: Diagnostic[] = [];
  for (const issue of result.error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const suggestion = suggestKey(key, FRONT_MATTER_KEYS);
        diagnostics.push(
          problem(
            file,
            keyLines.get(key) ?? 1,
            'front-matter-unknown-key',
            `unknown front-matter key \`${key}\`${suggestion ? `: did you mean \`${suggestion}\`?` : ''}`,
            suggestion
              ? `Rename it to \`${suggestion}\` (${FIELD_HELP[suggestion].zh}). ${KNOWN_KEYS_HINT}`
              : KNOWN_KEYS_HINT,
          ),
        );
      }
      continue;
    }
    const key = String(issue.path[0] ?? '');
    if (!(key in FIELD_HELP)) continue;
    const { message, hint } = describeFieldIssue(issue, raw, written);
    diagnostics.push(problem(file, keyLines.get(key) ?? closingLine, 'front-matter-invalid', message, hint));
  }
  // One message per field: a missing date is not also “not a date”.
  const seen = new Set<string>();
  const unique = diagnostics.filter(
    (d) => !seen.has(`${d.line}\u0000${d.message}`) && seen.add(`${d.line}\u0000${d.message}`),
  );
  return { data: null, diagnostics: unique.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

/** Splits `text` (with `\n` line endings) into front matter and page, and validates the front matter. */
export function readFrontMatter(text: string, file: string): FrontMatterBlock {
  const firstEnd = text.indexOf('\n');
  if (!DELIMITER.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) {
    return { present: false, data: null, body: text, bodyLineOffset: 0, keyLines: new Map(), diagnostics: [] };
  }
  // Read line by line up to the closing `---` only: the page below can be long and is not split here.
  const inner: string[] = [];
  let closing = -1;
  let bodyStart = text.length;
  for (let start = firstEnd + 1; firstEnd >= 0 && start <= text.length;) {
    const end = text.indexOf('\n', start);
    const line = end < 0 ? text.slice(start) : text.slice(start, end);
    if (DELIMITER.test(line)) {
      closing = inner.length + 1;
      bodyStart = end < 0 ? text.length : end + 1;
      break;
    }
    inner.push(line);
    if (end < 0) break;
    start = end + 1;
  }
  if (closing < 0) {
    return {
      present: true,
      data: null,
      body: '',
      bodyLineOffset: text.split('\n').length,
      keyLines: new Map(),
      diagnostics: [
        problem(
          file,
          1,
          'front-matter-unclosed',
          'the front matter that opens on line 1 is never closed',
          'Put a line `---` after the last `key: value` line, before the page text.',
        ),
      ],
    };
  }
  const keyLines = new Map<string, number>();
  const written = new Map<string, string>();
  inner.forEach((line, index) => {
    const key = /^([^\s:#][^:]*?)\s*:/.exec(line)?.[1];
    if (key !== undefined && !keyLines.has(key)) {
      keyLines.set(key, index + 2);
      written.set(key, rawValue(line));
    }
  });
  const parsed = parseYaml(inner.join('\n'), file, inner);
  const checked =
    parsed.diagnostics.length > 0
      ? { data: null, diagnostics: parsed.diagnostics }
      : validate(parsed.data, file, closing + 1, keyLines, written);
  const body = text.slice(bodyStart);
  if (!/[^\s\u200b-\u200d\u2060\ufeff\u00ad]/.test(body)) {
    checked.diagnostics.push(
      problem(
        file,
        closing + 1,
        'empty-page',
        'there is no page text below the front matter',
        'Paste the text of the printed page below the closing `---` line.',
      ),
    );
  }
  return {
    present: true,
    data: checked.data,
    body,
    bodyLineOffset: closing + 1,
    keyLines,
    diagnostics: checked.diagnostics,
  };
}
