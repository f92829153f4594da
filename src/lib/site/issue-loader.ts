/**
 * The Astro content-layer loader for the `issues` collection: each issue file is read and split once,
 * by our own library, and stored whole (articles nested) under its id.
 *
 * In `astro dev` the loader watches the content folder and re-splits only the file that changed, so an
 * editor sees a new or corrected issue without restarting the server. The folder is
 * `ARCHIVE_CONTENT_DIR` when set (the benchmark points it at a synthetic archive), else content/issues.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { issueIdFromSource } from '../issues/issue-file.ts';
import { ISSUES_DIR, issueFilesIn, loadIssue } from '../issues/load-issues.ts';
import { issueSchema } from '../schema.ts';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env['ARCHIVE_CONTENT_DIR'] || ISSUES_DIR;
}

function isIssueFile(path: string, dir: string): boolean {
  return path.endsWith('.txt') && resolve(path).startsWith(`${resolve(dir)}/`);
}

/**
 * Astro accepts only a `filePath` inside the project, relative to its root; an archive elsewhere
 * (ARCHIVE_CONTENT_DIR=/data/bench) is stored without one.
 */
function projectPath(context: LoaderContext, path: string): string | undefined {
  const root = context.config?.root ? fileURLToPath(context.config.root) : process.cwd();
  const inside = relative(root, resolve(path));
  return inside.startsWith('..') || isAbsolute(inside) ? undefined : inside;
}

/**
 * Splits one file and stores it. In a build a broken file fails the build with the library's error.
 * The splitter's reasons for each line are for editors (npm run split) and no page shows them; they
 * are a fifth of an issue's data, which Astro serialises and keeps in memory for the whole build.
 */
function storeIssue(context: LoaderContext, path: string): void {
  const issue = loadIssue(path);
  const filePath = projectPath(context, path);
  const data = { ...issue, articles: issue.articles.map((article) => ({ ...article, decisions: [] })) };
  context.store.set({ id: issue.id, data, ...(filePath ? { filePath } : {}) });
}

/** The dev server re-runs `load` (e.g. when the config changes); listen once per watcher. */
const watched = new WeakSet<object>();

export function issueLoader(dir: string = contentDir()): Loader {
  return {
    name: 'pingcheng-issues',
    schema: issueSchema,
    load: async (context) => {
      // readIssueFile already validated every issue with issueSchema, so parseData would only repeat it.
      context.store.clear();
      for (const path of issueFilesIn(dir)) storeIssue(context, path);
      context.logger.info(`loaded ${context.store.keys().length} issues from ${dir}`);

      const watcher = context.watcher;
      if (!watcher || watched.has(watcher)) return;
      watched.add(watcher);
      watcher.add(resolve(dir));
      const update = (path: string) => {
        if (!isIssueFile(path, dir)) return;
        // While editing, a half-written file must not stop the dev server: report it and keep going.
        try {
          storeIssue(context, path);
          context.logger.info(`reloaded ${path}`);
        } catch (error) {
          context.logger.error(`${path}: ${(error as Error).message}`);
        }
      };
      watcher.on('add', update);
      watcher.on('change', update);
      watcher.on('unlink', (path) => {
        if (isIssueFile(path, dir)) context.store.delete(issueIdFromSource(path));
      });
    },
  };
}
