import { describe, expect, it } from 'vitest';
import { loadIssues } from '../../../src/lib/issues/load-issues.ts';
import { buildArchive } from '../../../src/lib/site/archive.ts';
import { datasetJson, datasetSchema } from '../../../src/lib/site/dataset.ts';

describe('the JSON dataset', () => {
  const issues = loadIssues();
  const json = datasetJson(buildArchive(issues));

  it('validates against the archive schema after a round trip through JSON', () => {
    const parsed = datasetSchema.parse(JSON.parse(json));
    expect(parsed.issueCount).toBe(issues.length);
    expect(parsed.articleCount).toBe(issues.reduce((sum, issue) => sum + issue.articles.length, 0));
    expect(parsed.latestIssue).toBe(
      [...issues]
        .map((issue) => issue.date ?? '')
        .sort()
        .at(-1),
    );
  });

  it('is the same bytes on every build of the same archive', () => {
    expect(datasetJson(buildArchive(loadIssues()))).toBe(json);
  });

  it('lists issues oldest first, as a researcher reads a run of a paper', () => {
    const dates = datasetSchema.parse(JSON.parse(json)).issues.map((issue) => issue.date ?? '');
    expect([...dates].sort()).toEqual(dates);
  });
});
