import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../../src/lib/errors.ts';
import { classifyFolder, type FolderEntry } from '../../../src/lib/issues/folder.ts';

const DIR = 'content/issues';
const files = (...names: string[]): FolderEntry[] => names.map((name) => ({ name, kind: 'file' }));
const classify = (entries: FolderEntry[]) => {
  const listing = classifyFolder(DIR, entries);
  return { issues: listing.issues, messages: listing.diagnostics.map(formatDiagnostic) };
};

describe('classifyFolder', () => {
  it('takes every .txt with an address-safe name as an issue file, in order', () => {
    expect(classify(files('2021-04-16.txt', '2021-04-09-p6.txt', '2021-04-09.txt', '特刊.txt'))).toEqual({
      issues: ['2021-04-09-p6.txt', '2021-04-09.txt', '2021-04-16.txt', '特刊.txt'],
      messages: [],
    });
  });

  it('passes over page images beside their issue file without a word, and notes one with none', () => {
    expect(
      classify(
        files(
          '2021-04-09.txt',
          '2021-04-09.pdf',
          '2021-04-09.jpg',
          '2021-04-09-1.png',
          '2021-04-09.WEBP',
          '2021-04-16.pdf',
        ),
      ),
    ).toEqual({
      issues: ['2021-04-09.txt'],
      messages: [
        `${DIR}/2021-04-16.pdf: info: a page image with no issue file of the same name beside it [page-image-alone]\n  hint: A page image belongs beside its issue file: 2021-04-16.txt.`,
      ],
    });
  });

  it('ignores hidden, editor-lock and macOS resource files with a note', () => {
    expect(
      classify(files('.#2021-04-09.txt', '._2021-04-09.txt', '.DS_Store', '.2021-04-09.txt.tmp')).messages,
    ).toEqual([
      `${DIR}/.#2021-04-09.txt: info: ignored: an editor’s lock file, not an issue [ignored-file]\n  hint: Names starting with a dot are never read; nothing to do.`,
      `${DIR}/.2021-04-09.txt.tmp: info: ignored: a file new-issue was still writing, not an issue [ignored-file]\n  hint: Names starting with a dot are never read; nothing to do.`,
      `${DIR}/.DS_Store: info: ignored: a hidden file, not an issue [ignored-file]\n  hint: Names starting with a dot are never read; nothing to do.`,
      `${DIR}/._2021-04-09.txt: info: ignored: a macOS resource file, not an issue [ignored-file]\n  hint: Names starting with a dot are never read; nothing to do.`,
    ]);
  });

  it('warns about a page not saved as .txt and notes other files', () => {
    expect(classify(files('2021-04-16.TXT', 'notes.md')).messages).toEqual([
      `${DIR}/2021-04-16.TXT: warning: ignored: issue files end in .txt [not-an-issue-file]\n  hint: Rename it to YYYY-MM-DD.txt if it is a page, or move it out of the folder.`,
      `${DIR}/notes.md: info: ignored: not an issue file (issue files end in .txt) [not-an-issue-file]\n  hint: Rename it to YYYY-MM-DD.txt if it is a page, or move it out of the folder.`,
    ]);
  });

  it('refuses a name a web address cannot carry, in plain words', () => {
    expect(classify(files('2021-05-07#?%2e%2e.txt'))).toEqual({
      issues: [],
      messages: [
        `${DIR}/2021-05-07#?%2e%2e.txt: error: the file name “2021-05-07#?%2e%2e.txt” has characters a web address cannot carry (only letters, digits, - and _ can) [file-name-unsafe]\n  hint: The file name becomes the page’s address on the site: rename it to YYYY-MM-DD.txt (or YYYY-MM-DD-p6.txt).`,
      ],
    });
  });

  it('says a folder named like an issue is not one, instead of crashing', () => {
    expect(
      classify([
        { name: '2021-05-07.txt', kind: 'folder' },
        { name: 'images', kind: 'folder' },
      ]).messages,
    ).toEqual([
      `${DIR}/2021-05-07.txt: warning: ignored: 2021-05-07.txt is a folder, not an issue file, so no page of it is published [folder-in-issues]\n  hint: Move the .txt file of the page out of the folder into ${DIR}/ and delete the folder.`,
      `${DIR}/images: info: ignored: images is a folder, not an issue file [folder-in-issues]\n  hint: Only issue files belong in ${DIR}/; move the folder elsewhere.`,
    ]);
  });

  it('refuses a link out of the folder or to nothing, and never lists it as an issue', () => {
    expect(
      classify([
        { name: '2021-05-07.txt', kind: 'link-outside', target: '/etc/passwd' },
        { name: '2021-05-14.txt', kind: 'link-broken' },
      ]),
    ).toEqual({
      issues: [],
      messages: [
        `${DIR}/2021-05-07.txt: error: this is a link to /etc/passwd, outside the issues folder; links are not followed out of it [link-outside-folder]\n  hint: Copy the page into the issues folder as a file, and delete the link.`,
        `${DIR}/2021-05-14.txt: error: this is a link to a file, which does not exist [link-broken]\n  hint: Delete the link, or copy the page into the issues folder as a file.`,
      ],
    });
  });
});
