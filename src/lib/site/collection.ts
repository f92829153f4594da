/**
 * The one module that reads the `issues` collection. The archive index is built once per build and
 * shared by every page's getStaticPaths (module state survives across pages in one build), so a large
 * archive is indexed once rather than once per page. In dev the collection changes under the server,
 * so it is rebuilt on each request. Reporter aliases come from the editors' content/reporters.yaml.
 */
import { existsSync, readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import type { ReporterAlias } from '../schema.ts';
import { buildArchive, type Archive } from './archive.ts';
import { parseReporterAliases, reportersFile } from './reporter-aliases.ts';

let cached: Promise<Archive> | undefined;

/** The editors' alias file, read on every load so `npm run dev` picks up an edit; no file, no aliases. */
function readAliases(): ReporterAlias[] {
  const file = reportersFile();
  return existsSync(file) ? parseReporterAliases(readFileSync(file, 'utf8'), file) : [];
}

async function load(): Promise<Archive> {
  const entries = await getCollection('issues');
  return buildArchive(
    entries.map((entry) => entry.data),
    readAliases(),
  );
}

export function getArchive(): Promise<Archive> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
