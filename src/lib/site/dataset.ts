/**
 * The JSON download: the issues, oldest first, validated against the same zod schema that typed them,
 * so the file a researcher downloads is exactly what src/lib/schema.ts documents.
 */
import { z } from 'zod';
import { issueSchema } from '../schema.ts';
import type { Archive } from './archive.ts';

export const datasetSchema = z.object({
  generated: z.string(),
  issueCount: z.number().int().nonnegative(),
  articleCount: z.number().int().nonnegative(),
  issues: z.array(issueSchema),
});

export type Dataset = z.infer<typeof datasetSchema>;

export function dataset(archive: Archive, generated: Date = new Date()): Dataset {
  const issues = [...archive.issues].reverse();
  return datasetSchema.parse({
    generated: generated.toISOString(),
    issueCount: issues.length,
    articleCount: archive.entries.length,
    issues,
  });
}

export function datasetJson(archive: Archive, generated?: Date): string {
  return JSON.stringify(dataset(archive, generated));
}
