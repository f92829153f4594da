/**
 * Which entries of the issues folder are issue files, decided once for `npm run check`, the build and
 * every script, from the entries' names and kinds alone (the disk is read in load-issues.ts).
 *
 * - Issue files are `*.txt` whose name a web address can carry (the name becomes the page's address).
 * - Page images beside an issue file (same stem: 2021-04-09.pdf, .jpg, .png, .webp) belong to it and are
 *   passed over without a word; an image with no issue file gets a note.
 * - Hidden files (an editor's lock `.#x.txt`, a macOS resource file `._x.txt`, `.DS_Store`) and other
 *   files are ignored with a note; a file named like a page but not saved as .txt gets a warning.
 * - A folder named like an issue gets a warning instead of the EISDIR crash it used to cause.
 * - A symbolic link is followed only to a file inside the folder: one pointing out of it (to
 *   /etc/passwd, say) or to nothing is an error, and its target is never read.
 */
import type { Diagnostic } from '../schema.ts';

export type EntryKind = 'file' | 'folder' | 'other' | 'link-outside' | 'link-broken';

export interface FolderEntry {
  name: string;
  /** What the entry is; a link inside the folder is described by the file or folder it points to. */
  kind: EntryKind;
  /** For a link: where it points. */
  target?: string;
}

export interface FolderListing {
  /** Names of the issue files, sorted. */
  issues: string[];
  diagnostics: Diagnostic[];
}

/** Page images issue 11's pages show beside the text; the same stem as the issue file. */
export const PAGE_IMAGE_EXTENSIONS = ['.pdf', '.jpg', '.jpeg', '.png', '.webp'] as const;

/** A name that starts with a date: the editor meant it as a page. */
const DATED_NAME = /^\d{4}-\d{2}-\d{2}/;

/** Letters and digits of any script, `-`, `_` and `.`: what a page address can carry unescaped. */
const ADDRESS_SAFE_NAME = /^[\p{L}\p{N}_-][\p{L}\p{N}._-]*\.txt$/u;

const extension = (name: string) => /\.[^.]*$/.exec(name)?.[0].toLowerCase() ?? '';
const stem = (name: string) => name.replace(/\.[^.]*$/, '');

function note(
  file: string,
  severity: Diagnostic['severity'],
  ruleId: string,
  message: string,
  hint: string,
): Diagnostic {
  return { ruleId, severity, file, line: null, message, hint };
}

function hiddenKind(name: string): string {
  if (name.startsWith('.#')) return 'an editor’s lock file';
  if (name.startsWith('._')) return 'a macOS resource file';
  if (name.startsWith('.') && name.endsWith('.tmp')) return 'a file new-issue was still writing';
  return 'a hidden file';
}

function isPageImageOf(name: string, issueStems: ReadonlySet<string>): boolean | null {
  if (!(PAGE_IMAGE_EXTENSIONS as readonly string[]).includes(extension(name))) return null;
  const own = stem(name);
  return [...issueStems].some((issue) => own === issue || own.startsWith(`${issue}-`) || own.startsWith(`${issue}_`));
}

/** Sorts the entries of folder `dir` into issue files and diagnostics about the rest. */
export function classifyFolder(dir: string, entries: readonly FolderEntry[]): FolderListing {
  const issues: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const path = (name: string) => `${dir}/${name}`;
  const rest: FolderEntry[] = [];
  for (const entry of entries) {
    const { name, kind } = entry;
    if (name.startsWith('.')) {
      diagnostics.push(
        note(
          path(name),
          'info',
          'ignored-file',
          `ignored: ${hiddenKind(name)}, not an issue`,
          'Names starting with a dot are never read; nothing to do.',
        ),
      );
    } else if (kind === 'link-outside') {
      diagnostics.push(
        note(
          path(name),
          'error',
          'link-outside-folder',
          `this is a link to ${entry.target ?? 'a file'}, outside the issues folder; links are not followed out of it`,
          'Copy the page into the issues folder as a file, and delete the link.',
        ),
      );
    } else if (kind === 'link-broken') {
      diagnostics.push(
        note(
          path(name),
          'error',
          'link-broken',
          `this is a link to ${entry.target ?? 'a file'}, which does not exist`,
          'Delete the link, or copy the page into the issues folder as a file.',
        ),
      );
    } else if (kind === 'folder') {
      const dated = DATED_NAME.test(name) || extension(name) === '.txt';
      diagnostics.push(
        note(
          path(name),
          dated ? 'warning' : 'info',
          'folder-in-issues',
          `ignored: ${name} is a folder, not an issue file${dated ? ', so no page of it is published' : ''}`,
          dated
            ? `Move the .txt file of the page out of the folder into ${dir}/ and delete the folder.`
            : `Only issue files belong in ${dir}/; move the folder elsewhere.`,
        ),
      );
    } else if (kind === 'file' && name.endsWith('.txt')) {
      if (ADDRESS_SAFE_NAME.test(name)) issues.push(name);
      else
        diagnostics.push(
          note(
            path(name),
            'error',
            'file-name-unsafe',
            `the file name “${name}” has characters a web address cannot carry (only letters, digits, - and _ can)`,
            'The file name becomes the page’s address on the site: rename it to YYYY-MM-DD.txt (or YYYY-MM-DD-p6.txt).',
          ),
        );
    } else {
      rest.push(entry);
    }
  }
  const issueStems = new Set(issues.map(stem));
  for (const { name } of rest) {
    const image = isPageImageOf(name, issueStems);
    if (image === true) continue;
    if (image === false) {
      diagnostics.push(
        note(
          path(name),
          'info',
          'page-image-alone',
          'a page image with no issue file of the same name beside it',
          `A page image belongs beside its issue file: ${stem(name)}.txt.`,
        ),
      );
    } else if (DATED_NAME.test(name)) {
      diagnostics.push(
        note(
          path(name),
          'warning',
          'not-an-issue-file',
          'ignored: issue files end in .txt',
          'Rename it to YYYY-MM-DD.txt if it is a page, or move it out of the folder.',
        ),
      );
    } else {
      diagnostics.push(
        note(
          path(name),
          'info',
          'not-an-issue-file',
          'ignored: not an issue file (issue files end in .txt)',
          'Rename it to YYYY-MM-DD.txt if it is a page, or move it out of the folder.',
        ),
      );
    }
  }
  return {
    issues: issues.sort(),
    diagnostics: diagnostics.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
  };
}
