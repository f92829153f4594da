import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  recoverDirectory,
  replaceDirectory,
  temporaryPath,
  writeNewFileAtomically,
} from '../../../src/lib/fs/atomic-write.ts';

const scratch = () => mkdtempSync(join(tmpdir(), 'atomic-'));

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as NodeJS.ErrnoException).code;
  }
  return undefined;
}

describe('writeNewFileAtomically', () => {
  it('writes the whole file and leaves no temporary file', () => {
    const dir = scratch();
    writeNewFileAtomically(join(dir, '2024-02-02.txt'), '---\ndate: 2024-02-02\n---\n正文\n');
    expect(readFileSync(join(dir, '2024-02-02.txt'), 'utf8')).toBe('---\ndate: 2024-02-02\n---\n正文\n');
    expect(readdirSync(dir)).toEqual(['2024-02-02.txt']);
  });

  it('never overwrites: EEXIST, the old file unchanged, nothing left behind', () => {
    const dir = scratch();
    writeFileSync(join(dir, 'a.txt'), 'old');
    expect(codeOf(() => writeNewFileAtomically(join(dir, 'a.txt'), 'new'))).toBe('EEXIST');
    expect(readFileSync(join(dir, 'a.txt'), 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.txt']);
  });

  it('names the file it was asked to write when it fails, not its temporary file', () => {
    const path = join(scratch(), 'missing-folder', '2024-02-02.txt');
    let error: NodeJS.ErrnoException | undefined;
    try {
      writeNewFileAtomically(path, 'x');
    } catch (thrown) {
      error = thrown as NodeJS.ErrnoException;
    }
    expect(error).toMatchObject({ code: 'ENOENT', path });
  });

  it('hides its temporary file, so a crash mid-write leaves nothing the issues folder reads', () => {
    expect(temporaryPath('content/issues/2024-02-02.txt')).toMatch(/^content\/issues\/\.2024-02-02\.txt\.\d+\.tmp$/);
  });
});

describe('replaceDirectory', () => {
  function site(root: string, name: string, page: string) {
    mkdirSync(join(root, name), { recursive: true });
    writeFileSync(join(root, name, 'index.html'), page);
  }

  it('swaps the new site in and removes the old one', () => {
    const root = scratch();
    site(root, 'dist', 'old');
    site(root, 'dist.next-1', 'new');
    replaceDirectory(join(root, 'dist.next-1'), join(root, 'dist'));
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('new');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the last site as it was when the new one is missing', () => {
    const root = scratch();
    site(root, 'dist', 'old');
    expect(codeOf(() => replaceDirectory(join(root, 'dist.next-1'), join(root, 'dist')))).toBe('ENOENT');
    expect(existsSync(join(root, 'dist/index.html')) || existsSync(join(root, 'dist.previous/index.html'))).toBe(true);
    recoverDirectory(join(root, 'dist'));
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('old');
  });

  it('recovers the last site after a kill between the two renames, and clears killed builds', () => {
    const root = scratch();
    site(root, 'dist.previous', 'old');
    site(root, 'dist.next-42', 'half');
    recoverDirectory(join(root, 'dist'));
    expect(readFileSync(join(root, 'dist/index.html'), 'utf8')).toBe('old');
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
