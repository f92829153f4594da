/**
 * The benchmark's synthetic archive: the same files for the same seed, valid front matter on Fridays,
 * the extraction artefacts of real pages, and pages our own splitter reads without losing a line.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { readFrontMatter } from '../../src/lib/issues/front-matter.ts';
import { readIssueFile } from '../../src/lib/issues/issue-file.ts';
import { loadIssues } from '../../src/lib/issues/load-issues.ts';
import type { Issue } from '../../src/lib/schema.ts';
import {
  createRandom,
  cutParagraph,
  harvestMaterial,
  synthesizeArchive,
  synthesizeIssue,
  type Material,
} from '../../bench/lib/index.ts';
import { SENTENCE_END } from '../../src/lib/split/patterns.ts';
import { printedPieces } from '../helpers/printed-text.ts';

let material: Material;
beforeAll(() => {
  material = harvestMaterial(loadIssues('content/issues'));
});

const archive = (issues: number, seed = 1) => [...synthesizeArchive(material, { issues, seed })];
const compact = (text: string) => text.normalize('NFKC').replace(/\s/g, '');
const bodyOf = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '');

/** Everything an issue shows readers, as one string without spaces. */
function printedText(issue: Issue): string {
  return compact(printedPieces(issue).join(''));
}

describe('harvestMaterial', () => {
  it('takes headlines, paragraphs, captions and reporters from the real pages', () => {
    expect(material.headlines).toContain('燃气安全进社区 防范措施入民心');
    expect(material.reporters).toContain('邱东芳');
    expect(material.captions.length).toBeGreaterThan(0);
    expect(material.paragraphRuns.flat().length).toBeGreaterThan(100);
  });

  it('keeps only whole paragraphs, without their 本报讯 leads', () => {
    for (const paragraph of material.paragraphRuns.flat()) {
      expect(paragraph).toMatch(SENTENCE_END);
      expect(paragraph).not.toMatch(/^本报/);
    }
  });
});

describe('synthesizeArchive', () => {
  it('writes the same files for the same seed, and other files for another seed', () => {
    expect(archive(4, 7)).toEqual(archive(4, 7));
    expect(archive(4, 8).map((issue) => issue.text)).not.toEqual(archive(4, 7).map((issue) => issue.text));
  });

  it('makes each issue on its own, so issue 3 does not depend on how many follow', () => {
    const small = synthesizeIssue(material, 2, { issues: 10, seed: 3 });
    expect(archive(10, 3)[2]).toEqual(small);
  });

  it('writes valid front matter with Friday dates, spread over years, oldest first', () => {
    const issues = archive(6);
    for (const issue of issues) {
      const block = readFrontMatter(issue.text, issue.fileName);
      expect(block.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(new Date(`${block.data!.date}T00:00:00Z`).getUTCDay()).toBe(5);
      expect(issue.fileName).toBe(`${block.data!.date}.txt`);
    }
    const dates = issues.map((issue) => issue.id);
    expect(dates).toEqual([...dates].sort());
  });

  it('gives a date several pages when a weekly page over twenty years would not hold the archive', () => {
    const first = synthesizeIssue(material, 0, { issues: 5_000, seed: 1 });
    const second = synthesizeIssue(material, 1, { issues: 5_000, seed: 1 });
    expect(first.id).toMatch(/^\d{4}-\d{2}-\d{2}-p5$/);
    expect(second.id).toBe(first.id.replace(/-p5$/, '-p6'));
    expect(readFrontMatter(second.text, second.fileName).data?.page).toBe(6);
  });

  it('prints stories as the paper does: bylines, 本报讯 leads, captions with credits, photo gaps', () => {
    const text = archive(8)
      .map((issue) => issue.text)
      .join('\n');
    expect(text).toMatch(/\n本报记者 [\u4e00-\u9fff]{2,4}\n/);
    expect(text).toMatch(/\n本报讯[（(]记者 [\u4e00-\u9fff]{2,4}[）)]/);
    expect(text).toMatch(/\n(?:[\u4e00-\u9fff]{2,4}摄|本报记者 [\u4e00-\u9fff]{2,4} 摄|资料图片)\n/);
    expect(text).toMatch(/\n{4,}/);
  });

  it('every synthetic issue splits without error and without losing text', () => {
    for (const synthetic of archive(12, 5)) {
      const issue = readIssueFile({ source: synthetic.fileName, bytes: new TextEncoder().encode(synthetic.text) });
      expect(issue.articles.length).toBeGreaterThan(0);
      const printed = printedText(issue);
      const lines = bodyOf(synthetic.text)
        .split('\n')
        .filter((line) => line.trim() !== '');
      for (const line of lines) expect(printed).toContain(compact(line));
    }
  });

  it('finds about as many articles as stories were written', () => {
    const issues = archive(12, 5);
    const stories = issues.reduce((sum, issue) => sum + issue.stories, 0);
    const articles = issues.reduce(
      (sum, issue) =>
        sum + readIssueFile({ source: issue.fileName, bytes: new TextEncoder().encode(issue.text) }).articles.length,
      0,
    );
    expect(articles / stories).toBeGreaterThan(0.75);
    expect(articles / stories).toBeLessThan(1.25);
  });
});

describe('cutParagraph', () => {
  it('cuts mid-sentence, so the first part never ends a sentence', () => {
    const random = createRandom(1);
    const paragraph = material.paragraphRuns.flat().find((p) => p.length > 120)!;
    for (let i = 0; i < 50; i += 1) {
      const cut = cutParagraph(paragraph, random)!;
      expect(cut.join('')).toBe(paragraph);
      expect(cut[0]).not.toMatch(SENTENCE_END);
    }
  });

  it('leaves a paragraph too short to cut alone', () => {
    expect(cutParagraph('一句很短的话。', createRandom(1))).toBeNull();
  });
});
