/**
 * The Astro content-layer loader for the `issues` collection, and the build's gate: it lists and reads
 * the content folder exactly as `npm run check` does and runs the same checks (editor/check.ts). In a
 * build, any error stops it with check's `file:line: message` and hint and no stack trace; warnings are
 * printed and the build goes on. Only issues without errors are stored, each whole (articles nested)
 * under its id.
 *
 * In `astro dev` the loader watches the content folder; a change re-runs the gate, re-splitting only the
 * files whose bytes changed, so an editor sees a new or corrected issue without restarting the server,
 * and a broken file is reported and left out instead of stopping the server. The folder is
 * `ARCHIVE_CONTENT_DIR` when set (the benchmark points it at a synthetic archive), else content/issues.
 */
import { isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AstroError } from 'astro/errors';
import type { Loader, LoaderContext } from 'astro/loaders';
import {
  checkFile,
  combineChecks,
  formatSummary,
  summarise,
  withoutDecisions,
  type FileCheck,
} from '../editor/check.ts';
import { formatDiagnostic } from '../errors.ts';
import type { IssueSource } from '../issues/issue-file.ts';
import { ISSUES_DIR, readReporterAliases, visitIssueFolder } from '../issues/load-issues.ts';
import { issueSchema, type Diagnostic, type Issue } from '../schema.ts';

export function contentDir(env: Record<string, string | undefined> = process.env): string {
  return env['ARCHIVE_CONTENT_DIR'] || ISSUES_DIR;
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
 * The error a build stops with. Astro prints an AstroError's message and hint; without a stack it
 * prints no trace into src/lib either, which would only send the editor to the wrong file.
 */
export function buildRefusal(diagnostics: readonly Diagnostic[], files: number): Error {
  const errors = diagnostics.filter((d) => d.severity === 'error');
  const error = new AstroError(
    `${errors.map(formatDiagnostic).join('\n')}\n${formatSummary(summarise(files, diagnostics))}`,
    'Fix the errors above (npm run check lists every problem), then build again. The site already built is left as it was.',
  );
  error.stack = '';
  return error;
}

/**
 * The gate over the folder. In dev (`remember`) it keeps each file's check while the file's bytes stay
 * the same, so an edit re-splits one file; a build reads and checks each file once and keeps no bytes.
 */
function createGate(dir: string, remember: boolean) {
  const previous = new Map<string, { bytes: Uint8Array; check: FileCheck }>();
  const check = (file: IssueSource) => {
    const known = previous.get(file.source);
    if (known && Buffer.from(known.bytes).equals(file.bytes)) return known.check;
    const checked = withoutDecisions(checkFile(file));
    if (remember) previous.set(file.source, { bytes: file.bytes, check: checked });
    return checked;
  };
  return () => {
    const folder = visitIssueFolder(dir, check);
    const reporters = readReporterAliases();
    return {
      files: folder.results.length,
      ...combineChecks(folder.results, [...folder.diagnostics, ...reporters.diagnostics], reporters.aliases),
    };
  };
}

function storeIssues(context: LoaderContext, issues: readonly Issue[]): void {
  const ids = new Set(issues.map((issue) => issue.id));
  for (const id of context.store.keys()) if (!ids.has(id)) context.store.delete(id);
  for (const issue of issues) {
    const filePath = projectPath(context, issue.source);
    const digest = context.generateDigest?.(issue);
    context.store.set({ id: issue.id, data: issue, ...(filePath ? { filePath } : {}), ...(digest ? { digest } : {}) });
  }
}

/** Warnings, and errors unless they are about to stop the build with their own message. */
function report(context: LoaderContext, diagnostics: readonly Diagnostic[], errors = true): void {
  for (const diagnostic of diagnostics) {
    if (diagnostic.severity === 'error' && errors) context.logger.error(formatDiagnostic(diagnostic));
    else if (diagnostic.severity === 'warning') context.logger.warn(formatDiagnostic(diagnostic));
  }
}

/** The dev server re-runs `load` (e.g. when the config changes); listen once per watcher. */
const watched = new WeakSet<object>();

export function issueLoader(dir: string = contentDir()): Loader {
  return {
    name: 'pingcheng-issues',
    schema: issueSchema,
    load: async (context) => {
      // checkFile already validated every issue with issueSchema, so parseData would only repeat it.
      const watcher = context.watcher;
      const gate = createGate(dir, Boolean(watcher));
      const result = gate();
      const refused = !watcher && result.diagnostics.some((d) => d.severity === 'error');
      report(context, result.diagnostics, !refused);
      if (refused) throw buildRefusal(result.diagnostics, result.files);
      storeIssues(context, result.issues);
      context.logger.info(`${formatSummary(summarise(result.files, result.diagnostics))}`);
      context.logger.info(`loaded ${result.issues.length} issues from ${dir}`);

      if (!watcher || watched.has(watcher)) return;
      watched.add(watcher);
      watcher.add(resolve(dir));
      const folder = `${resolve(dir)}/`;
      const update = (path: string) => {
        if (!resolve(path).startsWith(folder)) return;
        // While editing, a half-written file must not stop the dev server: report it and keep going.
        try {
          const again = gate();
          const own = again.diagnostics.filter((d) => resolve(d.file) === resolve(path));
          report(context, [
            ...own,
            ...again.diagnostics.filter((d) => d.ruleId === 'duplicate-page' && !own.includes(d)),
          ]);
          storeIssues(context, again.issues);
          const refused = own.some((d) => d.severity === 'error');
          context.logger.info(refused ? `left out ${path} until its errors are fixed` : `reloaded ${path}`);
        } catch (error) {
          context.logger.error(`${path}: ${(error as Error).message}`);
        }
      };
      watcher.on('add', update);
      watcher.on('change', update);
      watcher.on('unlink', update);
    },
  };
}
