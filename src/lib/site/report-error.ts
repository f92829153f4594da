/**
 * "Report an error" opens a GitHub issue already filled in with what a maintainer needs to find the
 * problem: the article id, the issue file and the source lines the article was built from.
 *
 * The repository comes from the environment (`ARCHIVE_REPO_URL`, or GitHub Actions' own
 * `GITHUB_SERVER_URL` + `GITHUB_REPOSITORY`), else from package.json `repository`; with none, the
 * site shows no link rather than a broken one.
 */
import type { Article, Issue } from '../schema.ts';
import { lineRanges } from './csv.ts';

type PackageRepository = string | { url?: string } | undefined;

/** `git+https://github.com/o/r.git`, `github:o/r` or `o/r` → `https://github.com/o/r`. */
export function normaliseRepoUrl(value: string): string | null {
  const trimmed = value
    .trim()
    .replace(/^git\+/, '')
    .replace(/\.git$/, '')
    .replace(/\/+$/, '');
  const shorthand = /^(?:github:)?([\w.-]+)\/([\w.-]+)$/.exec(trimmed);
  if (shorthand) return `https://github.com/${shorthand[1]}/${shorthand[2]}`;
  const ssh = /^git@github\.com:([\w.-]+)\/([\w.-]+)$/.exec(trimmed);
  if (ssh) return `https://github.com/${ssh[1]}/${ssh[2]}`;
  return /^https?:\/\/[^/]+\/[\w.-]+\/[\w.-]+$/.test(trimmed) ? trimmed : null;
}

export function repositoryUrl(env: Record<string, string | undefined>, repository?: PackageRepository): string | null {
  if (env['ARCHIVE_REPO_URL']) return normaliseRepoUrl(env['ARCHIVE_REPO_URL']);
  if (env['GITHUB_REPOSITORY']) {
    return `${(env['GITHUB_SERVER_URL'] ?? 'https://github.com').replace(/\/+$/, '')}/${env['GITHUB_REPOSITORY']}`;
  }
  const fromPackage = typeof repository === 'string' ? repository : repository?.url;
  return fromPackage ? normaliseRepoUrl(fromPackage) : null;
}

export function reportErrorTitle(article: Article): string {
  return `勘误：${article.headline}（${article.id}）`;
}

export function reportErrorBody(article: Article, issue: Issue, pageUrl: string): string {
  return [
    `文章：${article.headline}`,
    `文章编号：${article.id}`,
    `来源文件：${issue.source}`,
    `来源行：${lineRanges(article.lines) || '（无）'}`,
    `页面：${pageUrl}`,
    '',
    '哪里有错？（请写出原文和应改成的文字）',
    '',
  ].join('\n');
}

/** GitHub's `issues/new?title=…&body=…` prefills the form; the reader still reviews before sending. */
export function reportErrorUrl(repoUrl: string, article: Article, issue: Issue, pageUrl: string): string {
  const url = new URL(`${repoUrl.replace(/\/+$/, '')}/issues/new`);
  url.searchParams.set('title', reportErrorTitle(article));
  url.searchParams.set('body', reportErrorBody(article, issue, pageUrl));
  url.searchParams.set('labels', 'content-error');
  return url.href;
}
