/**
 * Reporter aliases: the editors' file (content/reporters.yaml) read and checked, and the one function
 * every page uses to turn a printed name into the name of its reporter page. Reading the file from disk
 * is the caller's job (the site's collection module, `npm run check`); this module is pure.
 *
 * ```yaml
 * - name: 邱东芳            # the reporter page
 *   aliases: [邸东芳]       # spellings printed on some pages
 *   note: 2021-01-15 版印作“邸东芳”。
 * ```
 */
import yaml from 'js-yaml';
import { ArchiveError } from '../errors.ts';
import { reporterAliasesSchema, type ReporterAlias } from '../schema.ts';

export const REPORTERS_FILE = 'content/reporters.yaml';

/** The editors' file: content/reporters.yaml, or ARCHIVE_REPORTERS for another archive. */
export function reportersFile(env: Record<string, string | undefined> = process.env): string {
  return env['ARCHIVE_REPORTERS'] || REPORTERS_FILE;
}

/** The 1-based line of the file where `needle` first appears as a YAML value, for error messages. */
function lineOf(text: string, needle: string): number | null {
  const index = text.split('\n').findIndex((line) => line.includes(needle));
  return index < 0 ? null : index + 1;
}

function refuse(file: string, line: number | null, message: string, hint: string): never {
  throw new ArchiveError({ ruleId: 'reporter-aliases', file, line, message, hint });
}

const FORMAT_HINT =
  'Each entry is `- name: 邱东芳` followed by `  aliases: [邸东芳]` (see README, “Reporter aliases”).';

/** A name claimed twice would send a spelling to two pages; a page name listed as an alias, to none. */
function checkUnique(entries: readonly ReporterAlias[], text: string, file: string): void {
  const seen = new Map<string, string>();
  for (const entry of entries) {
    for (const name of [entry.name, ...entry.aliases]) {
      const owner = seen.get(name);
      if (owner !== undefined) {
        refuse(
          file,
          lineOf(text, name),
          `${name} is listed twice (under ${owner} and under ${entry.name})`,
          'A spelling belongs to one reporter: keep it under one entry and delete the other.',
        );
      }
      seen.set(name, entry.name);
    }
  }
}

/** The editors' file as data; an empty or comment-only file means no aliases. */
export function parseReporterAliases(text: string, file: string): ReporterAlias[] {
  let data: unknown;
  try {
    data = yaml.load(text, { filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message;
    refuse(file, mark?.line === undefined ? null : mark.line + 1, `not valid YAML: ${reason}`, FORMAT_HINT);
  }
  if (data === undefined || data === null) return [];
  const parsed = reporterAliasesSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const [index, key] = issue?.path ?? [];
    const entry = typeof index === 'number' ? (data as Array<{ name?: unknown }>)[index] : undefined;
    const line = typeof entry?.name === 'string' ? lineOf(text, entry.name) : null;
    const where =
      typeof index === 'number' ? ` in entry ${index + 1}${key === undefined ? '' : ` (${String(key)})`}` : '';
    refuse(file, line, `${issue?.message ?? 'not a list of reporters'}${where}`, FORMAT_HINT);
  }
  checkUnique(parsed.data, text, file);
  return parsed.data;
}

/** Printed name → reporter page name; a name with no entry is its own page. */
export type ReporterResolver = (printed: string) => string;

export function reporterResolver(entries: readonly ReporterAlias[]): ReporterResolver {
  const canonical = new Map(entries.flatMap((entry) => entry.aliases.map((alias) => [alias, entry.name] as const)));
  return (printed) => canonical.get(printed) ?? printed;
}

/** The other spellings of a reporter page's name, for the page to say 又作 邸东芳. */
export function aliasesOf(entries: readonly ReporterAlias[], name: string): string[] {
  return entries.find((entry) => entry.name === name)?.aliases ?? [];
}
