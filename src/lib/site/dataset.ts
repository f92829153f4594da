/**
 * The JSON download: the issues, oldest first, validated against the same zod schema that typed them,
 * so the file a researcher downloads is exactly what src/lib/schema.ts documents.
 */
import { z } from 'zod';
import { isoDateSchema, issueSchema } from '../schema.ts';
import type { Archive } from './archive.ts';

export const datasetSchema = z.object({
  /** Date of the newest issue: says how current the file is, and keeps two builds byte-identical. */
  latestIssue: isoDateSchema.nullable(),
  issueCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  issues: z.array(issueSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;

export function dataset(archive: Archive): Dataset {
  const issues = [...archive.issues].reverse();
  return datasetSchema.parse({
    latestIssue: archive.issues.find((issue) => issue.date !== null)?.date ?? null,
    issueCount: issues.length,
    articleCount: archive.entries.length,
    issues,
  });
}

export function datasetJson(archive: Archive): string {
  return JSON.stringify(dataset(archive));
}
