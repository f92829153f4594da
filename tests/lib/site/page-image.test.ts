import { describe, expect, it } from 'vitest';
import { originalLabel, pageFilesFor } from '../../../src/lib/site/page-image.ts';

const ISSUE = 'content/issues/2021-04-09.txt';

describe('pageFilesFor', () => {
  it('finds nothing when no page file sits beside the issue', () => {
    expect(pageFilesFor(ISSUE, [])).toEqual({ image: null, original: null });
    expect(pageFilesFor(ISSUE, ['/content/issues/2021-04-02.png'])).toEqual({ image: null, original: null });
  });

  it('shows an image and offers it as the original when it is all there is', () => {
    expect(pageFilesFor(ISSUE, ['/content/issues/2021-04-09.jpg'])).toEqual({
      image: '/content/issues/2021-04-09.jpg',
      original: '/content/issues/2021-04-09.jpg',
    });
  });

  it('offers the PDF as the original and shows the image beside it', () => {
    const files = ['/content/issues/2021-04-09.pdf', '/content/issues/2021-04-09.webp'];
    expect(pageFilesFor(ISSUE, files)).toEqual({ image: files[1], original: files[0] });
  });

  it('links a PDF alone, with no picture to show', () => {
    expect(pageFilesFor(ISSUE, ['x/2021-04-09.pdf'])).toEqual({ image: null, original: 'x/2021-04-09.pdf' });
  });

  it('matches the whole name, so a second page of the day keeps its own image', () => {
    const files = ['/c/2021-04-09-p6.png', '/c/2021-04-09.png'];
    expect(pageFilesFor(ISSUE, files).image).toBe('/c/2021-04-09.png');
    expect(pageFilesFor('content/issues/2021-04-09-p6.txt', files).image).toBe('/c/2021-04-09-p6.png');
  });

  it('reads extensions in any case and prefers a lossless image when several are left', () => {
    expect(pageFilesFor(ISSUE, ['/c/2021-04-09.JPG']).image).toBe('/c/2021-04-09.JPG');
    expect(pageFilesFor(ISSUE, ['/c/2021-04-09.jpg', '/c/2021-04-09.png']).image).toBe('/c/2021-04-09.png');
  });

  it('never takes the issue file or an unrelated file for a page image', () => {
    expect(pageFilesFor(ISSUE, ['/c/2021-04-09.txt', '/c/2021-04-09.docx'])).toEqual({ image: null, original: null });
  });
});

describe('originalLabel', () => {
  it('names the kind of file a link opens', () => {
    expect(originalLabel('a/2021-04-09.pdf')).toBe('PDF');
    expect(originalLabel('a/2021-04-09.jpeg')).toBe('JPG 图片');
    expect(originalLabel('a/2021-04-09.webp')).toBe('WEBP 图片');
  });
});
