/**
 * The JSON export: every issue with its articles, in the shape ../shared/eval/README.md documents
 * (the evaluation reads it; keep its field names). The researchers' download on the site is the same.
 */
import type { Issue } from './schema.ts';

export interface ArchiveExport {
  issues: Issue[];
}

export function exportIssues(issues: readonly Issue[]): ArchiveExport {
  return { issues: [...issues] };
}
