/**
 * The page files the build found beside the issue files, through Vite's import.meta.glob, so that
 * Astro's image service resizes the images and the originals are copied into the site with a hashed
 * name. `@archive-issues` is the issue folder (content/issues, or ARCHIVE_CONTENT_DIR), set in
 * astro.config.mjs. Which file belongs to which issue is decided by page-image.ts.
 */
import type { ImageMetadata } from 'astro';
import type { Issue } from '../schema.ts';
import { originalLabel, pageFilesFor } from './page-image.ts';

const images = import.meta.glob<ImageMetadata>('@archive-issues/*.{png,webp,jpg,jpeg,PNG,WEBP,JPG,JPEG}', {
  eager: true,
  import: 'default',
});
const pdfs = import.meta.glob<string>('@archive-issues/*.{pdf,PDF}', {
  eager: true,
  query: '?url',
  import: 'default',
});
const files = [...Object.keys(images), ...Object.keys(pdfs)];

export interface PageImage {
  /** The image to show, or null when the editor left a PDF only. */
  image: ImageMetadata | null;
  /** Address of the original file in the built site. */
  originalUrl: string;
  /** `PDF`, `PNG 图片` … */
  originalLabel: string;
}

/** The issue's printed page, or null when the editor left no page file beside it. */
export function pageImageOf(issue: Issue): PageImage | null {
  const found = pageFilesFor(issue.source, files);
  if (found.original === null) return null;
  const image = found.image === null ? null : (images[found.image] ?? null);
  const originalUrl = pdfs[found.original] ?? images[found.original]?.src;
  if (originalUrl === undefined) return null;
  return { image, originalUrl, originalLabel: originalLabel(found.original) };
}
