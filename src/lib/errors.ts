/**
 * One error type for everything an editor can get wrong. It carries the file, the line and a hint in
 * plain words, like Astro's `AstroError`; command-line scripts print it with `formatDiagnostic` and never
 * show a stack trace.
 */
import type { Diagnostic } from './schema.ts';

export class ArchiveError extends Error {
  readonly diagnostic: Diagnostic;

  constructor(diagnostic: Omit<Diagnostic, 'severity'> & { severity?: Diagnostic['severity'] }) {
    super(diagnostic.message);
    this.name = 'ArchiveError';
    this.diagnostic = { severity: 'error', ...diagnostic };
  }
}

/** `file:line: message` followed by the hint, the way compilers and linters print. */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  const place = diagnostic.line ? `${diagnostic.file}:${diagnostic.line}` : diagnostic.file;
  const head = `${place}: ${diagnostic.severity}: ${diagnostic.message} [${diagnostic.ruleId}]`;
  return diagnostic.hint ? `${head}\n  hint: ${diagnostic.hint}` : head;
}
