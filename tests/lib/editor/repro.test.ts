import { describe, expect, it } from 'vitest';
import { compareTrees, firstDifference, formatTreeDifference, isIdentical } from '../../../src/lib/editor/repro.ts';

const bytes = (text: string) => new TextEncoder().encode(text);
const tree = (files: Record<string, string>) =>
  new Map(Object.entries(files).map(([path, text]) => [path, bytes(text)]));

describe('compareTrees', () => {
  it('finds identical builds identical', () => {
    const first = tree({ 'index.html': '<p>a</p>', 'pagefind/pagefind.js': 'x' });
    const difference = compareTrees(first, tree({ 'pagefind/pagefind.js': 'x', 'index.html': '<p>a</p>' }));
    expect(isIdentical(difference)).toBe(true);
    expect(formatTreeDifference(difference, first, first)).toBe('the two builds are byte-identical (2 files)');
  });

  it('lists files only in one build and files whose bytes changed', () => {
    const first = tree({
      'index.html': '<p>built 10:01</p>',
      'pagefind/fragment/en_1a2b.pf_fragment': 'f',
      'same.css': 'c',
    });
    const second = tree({
      'index.html': '<p>built 10:02</p>',
      'pagefind/fragment/en_3c4d.pf_fragment': 'f',
      'same.css': 'c',
    });
    const difference = compareTrees(first, second);
    expect(difference).toEqual({
      onlyInFirst: ['pagefind/fragment/en_1a2b.pf_fragment'],
      onlyInSecond: ['pagefind/fragment/en_3c4d.pf_fragment'],
      changed: ['index.html'],
    });
    expect(formatTreeDifference(difference, first, second)).toBe(
      [
        'the two builds differ in 3 of 4 files:',
        '  only in the first build:  pagefind/fragment/en_1a2b.pf_fragment',
        '  only in the second build: pagefind/fragment/en_3c4d.pf_fragment',
        '  changed: index.html (18 → 18 bytes, first difference at byte 13)',
        '    first:  <p>built 10:01</p>',
        '    second: <p>built 10:02</p>',
      ].join('\n'),
    );
  });
});

describe('firstDifference', () => {
  it('is null for equal files and finds a difference at the end of the shorter one', () => {
    expect(firstDifference(bytes('abc'), bytes('abc'))).toBeNull();
    expect(firstDifference(bytes('abc'), bytes('abcd'))).toEqual({ offset: 3, first: 'abc', second: 'abcd' });
  });

  it('shows binary bytes as dots', () => {
    expect(firstDifference(new Uint8Array([0x1f, 0x8b, 1]), new Uint8Array([0x1f, 0x8b, 2]))).toEqual({
      offset: 2,
      first: '...',
      second: '...',
    });
  });
});
