import { describe, expect, it } from 'vitest';
import { normaliseRepoUrl, reportErrorUrl, repositoryUrl } from '../../../src/lib/site/report-error.ts';
import { makeArticle, makeIssue } from './fixtures.ts';

describe('repositoryUrl', () => {
  it('prefers ARCHIVE_REPO_URL, then the GitHub Actions variables, then package.json', () => {
    const pkg = { url: 'git+https://github.com/pkg/repo.git' };
    expect(repositoryUrl({ ARCHIVE_REPO_URL: 'https://github.com/env/repo' }, pkg)).toBe('https://github.com/env/repo');
    expect(repositoryUrl({ GITHUB_REPOSITORY: 'ci/repo', GITHUB_SERVER_URL: 'https://github.com' }, pkg)).toBe(
      'https://github.com/ci/repo',
    );
    expect(repositoryUrl({}, pkg)).toBe('https://github.com/pkg/repo');
    expect(repositoryUrl({}, 'github:o/r')).toBe('https://github.com/o/r');
  });

  it('gives null when no repository is known, so the page shows no broken link', () => {
    expect(repositoryUrl({}, undefined)).toBeNull();
    expect(normaliseRepoUrl('not a repository')).toBeNull();
  });

  it('understands the forms package.json allows', () => {
    expect(normaliseRepoUrl('o/r')).toBe('https://github.com/o/r');
    expect(normaliseRepoUrl('git@github.com:o/r.git')).toBe('https://github.com/o/r');
  });
});

describe('reportErrorUrl', () => {
  it('opens a new GitHub issue naming the article, the source file and its lines', () => {
    const href = reportErrorUrl(
      'https://github.com/o/r',
      makeArticle(),
      makeIssue(),
      'https://o.github.io/r/articles/2021-04-09-02/',
    );
    const url = new URL(href);
    expect(url.origin + url.pathname).toBe('https://github.com/o/r/issues/new');
    expect(url.searchParams.get('title')).toContain('2021-04-09-02');
    const body = url.searchParams.get('body') ?? '';
    expect(body).toContain('文章编号：2021-04-09-02');
    expect(body).toContain('来源文件：content/issues/2021-04-09.txt');
    expect(body).toContain('来源行：38-43');
    expect(body).toContain('https://o.github.io/r/articles/2021-04-09-02/');
  });
});
