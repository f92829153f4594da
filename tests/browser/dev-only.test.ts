/**
 * What only `astro dev` serves stays out of the published site: the built site (test-results/site, as
 * `npm run build` makes it) holds no split inspector page, no link to one, and not its script.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { issueIdFromSource } from '../../src/lib/issues/issue-file.ts';
import { issueFilesIn } from '../../src/lib/issues/load-issues.ts';
import { site } from './site.ts';

// What would betray the inspector in a built file: its address, its root element, its script's entry.
const TRACES = ['_inspect', 'data-inspector', 'startInspector', 'version-url'];
const TEXT = /\.(html|js|mjs|css|json|xml|txt|webmanifest)$/;

describe('the built site', () => {
  const { dir } = site();
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

  it('is a whole build: every issue has its page', () => {
    for (const path of issueFilesIn('content/issues'))
      expect(files).toContain(join(dir, 'issues', issueIdFromSource(path), 'index.html'));
  });

  it('holds no inspector page', () => {
    expect(files.map((file) => relative(dir, file)).filter((path) => path.includes('_inspect'))).toEqual([]);
  });

  it('holds no link to the inspector and none of its script', () => {
    const found = files
      .filter((file) => TEXT.test(file))
      .flatMap((file) => {
        const text = readFileSync(file, 'utf8');
        return TRACES.filter((trace) => text.includes(trace)).map((trace) => `${relative(dir, file)}: ${trace}`);
      });
    expect(found).toEqual([]);
  });
});
