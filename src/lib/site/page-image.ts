/**
 * The printed page beside its text. An editor who has the page's PDF or a scan or photograph of it puts
 * the file next to the issue file, under the same name: content/issues/2021-04-09.txt gets
 * 2021-04-09.pdf, .jpg, .png or .webp. This module finds those files for an issue; it is pure, given
 * the list of files the build found (the glob in page-image-files.ts).
 *
 * An image is what the issue page shows (optimised and resized by Astro's image service); the original
 * the reader may open is the PDF when there is one, else the image itself. A PDF alone gives a link
 * and no picture: the build does not render PDFs.
 */

/** Images Astro's image service can resize, in the order one is preferred when an editor left several. */
export const PAGE_IMAGE_EXTENSIONS = ['png', 'webp', 'jpg', 'jpeg'] as const;
export const PAGE_ORIGINAL_EXTENSIONS = ['pdf', ...PAGE_IMAGE_EXTENSIONS] as const;

export interface PageFiles {
  /** The file to show as the page image, or null. */
  image: string | null;
  /** The file to offer as the original page, or null when there is none. */
  original: string | null;
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** `content/issues/2021-04-09.txt` → `2021-04-09` */
function stem(path: string): string {
  return baseName(path).replace(/\.[^.]+$/, '');
}

function extension(path: string): string {
  const match = /\.([^.\\/]+)$/.exec(path);
  return match?.[1]?.toLowerCase() ?? '';
}

function firstWith(candidates: readonly string[], extensions: readonly string[]): string | null {
  for (const wanted of extensions) {
    const found = candidates.find((path) => extension(path) === wanted);
    if (found) return found;
  }
  return null;
}

/** The page files of an issue among the files beside the issue files (matched by name, any folder form). */
export function pageFilesFor(issueSource: string, files: readonly string[]): PageFiles {
  const name = stem(issueSource);
  const candidates = files.filter((path) => stem(path) === name && baseName(path) !== baseName(issueSource));
  const image = firstWith(candidates, PAGE_IMAGE_EXTENSIONS);
  const pdf = firstWith(candidates, ['pdf']);
  return { image, original: pdf ?? image };
}

/** How the link to the original names it: `PDF`, `PNG 图片` … */
export function originalLabel(path: string): string {
  const kind = extension(path);
  return kind === 'pdf' ? 'PDF' : `${kind === 'jpeg' ? 'JPG' : kind.toUpperCase()} 图片`;
}
