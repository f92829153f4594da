/**
 * The one module that reads the `issues` collection. The archive index is built once per build and
 * shared by every page's getStaticPaths (module state survives across pages in one build), so a large
 * archive is indexed once rather than once per page. In dev the collection changes under the server,
 * so it is rebuilt on each request.
 */
import { getCollection } from 'astro:content';
import { buildArchive, type Archive } from './archive.ts';

let cached: Promise<Archive> | undefined;

async function load(): Promise<Archive> {
  const entries = await getCollection('issues');
  return buildArchive(entries.map((entry) => entry.data));
}

export function getArchive(): Promise<Archive> {
  if (import.meta.env.DEV) return load();
  cached ??= load();
  return cached;
}
