/**
 * An article body, from the splitter's typed blocks and figures to HTML, the unified way: build an mdast
 * tree (paragraph, heading for an intertitle, list, and a figure node carried by `data.hName`), turn it
 * into hast with remark-rehype, let small rehype plugins add what the reading page needs, stringify.
 *
 * No Markdown or HTML is ever written as a string, so printed text that looks like markup — `**`, `#`,
 * `<b>`, `<script>` — reaches the reader as text. Raw `html` nodes are never created, and
 * remark-rehype runs without `allowDangerousHtml`.
 */
import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { h } from 'hastscript';
import type { BlockContent, Root as MdastRoot, RootContent } from 'mdast';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import type { Article, Block, Figure } from '../schema.ts';
import { BULLET } from '../split/patterns.ts';
import { lineRanges } from './csv.ts';
import { CUT_OFF_NOTE, endsMidSentence } from './marks.ts';

/** Opens the one line that stands for a photograph the archive does not hold: 图：caption — credit. */
export const FIGURE_LABEL = '图：';

/** The one line a photo story (图片报道) shows when none of its photographs is in the archive. */
export const PHOTO_STORY_NOTE = '本篇为图片报道，照片未收录，下为原图说明。';

export interface BodyOptions {
  /** Turns an image path under public/ into a URL with the base path. */
  imageUrl: (path: string) => string;
}

/** Blocks and figures in the order the page printed them, by their first source line. */
function inPrintOrder(article: Article): Array<Block | Figure> {
  const items: Array<Block | Figure> = [...article.blocks, ...article.figures];
  return items
    .map((item, index) => ({ item, index, line: item.lines[0] ?? Number.MAX_SAFE_INTEGER }))
    .sort((a, b) => a.line - b.line || a.index - b.index)
    .map(({ item }) => item);
}

function isFigure(item: Block | Figure): item is Figure {
  return 'caption' in item;
}

function sourceLines(lines: readonly number[]): Record<string, string> {
  return lines.length ? { dataLines: lineRanges(lines) } : {};
}

function text(value: string) {
  return { type: 'text' as const, value };
}

/**
 * The extractor's bullet (`- 1.突出…`) is not the paper's: the page printed `1.突出…`. The paper's own
 * markers (一是, （一）, ——) stay.
 */
export function withoutExtractionBullet(line: string): string {
  return line.trim().replace(BULLET, '');
}

/** Notes the archive adds are not the paper's text: kept out of the search index. */
const NOTE = { dataPagefindIgnore: '' };

function blockNode(block: Block): RootContent {
  const data = { hProperties: sourceLines(block.lines) };
  switch (block.type) {
    case 'intertitle':
      return { type: 'heading', depth: 2, data, children: [text(withoutExtractionBullet(block.text))] };
    case 'list':
      return {
        type: 'list',
        ordered: false,
        spread: false,
        data,
        children: block.text
          .split('\n')
          .filter((item) => item.trim() !== '')
          .map((item) => ({
            type: 'listItem' as const,
            spread: false,
            children: [{ type: 'paragraph' as const, children: [text(withoutExtractionBullet(item))] }],
          })),
      };
    default:
      return { type: 'paragraph', data, children: [text(block.text)] };
  }
}

/** A photograph the archive holds: the image, then its caption and credit. */
function pictureChildren(figure: Figure & { image: string }, options: BodyOptions): ElementContent[] {
  const picture = h('img', {
    src: options.imageUrl(figure.image),
    alt: figure.caption ?? '新闻图片',
    loading: 'lazy',
    decoding: 'async',
  });
  const caption: ElementContent[] = [];
  if (figure.caption) caption.push(h('span', { className: ['figure-caption'] }, figure.caption));
  if (figure.credit) caption.push(h('span', { className: ['figure-credit'] }, figure.credit));
  return caption.length ? [picture, h('figcaption', caption)] : [picture];
}

/**
 * A photograph the archive does not hold: one line, 图：caption — credit, where the page printed it.
 * An empty box the size of a photograph would push the text a screen down on a phone, nine times over
 * on a page of nine photographs, for nothing the reader can see.
 */
function captionLine(figure: Figure): ElementContent[] {
  const line: ElementContent[] = [
    h('span', { className: ['figure-label'], ...NOTE }, FIGURE_LABEL),
    h('span', { className: ['figure-caption'] }, figure.caption ?? '（无图片说明）'),
  ];
  if (figure.credit)
    line.push({ type: 'text', value: ' — ' }, h('span', { className: ['figure-credit'] }, figure.credit));
  return [h('figcaption', line)];
}

/** mdast has no figure node; `data.hName` tells remark-rehype which element to make. */
function figureNode(figure: Figure, options: BodyOptions): BlockContent {
  const held = figure.image !== null;
  return {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'figure',
      hProperties: { className: held ? ['figure'] : ['figure', 'figure-no-image'], ...sourceLines(figure.lines) },
      hChildren: held ? pictureChildren({ ...figure, image: figure.image as string }, options) : captionLine(figure),
    },
  };
}

function noteNode(className: string, value: string): BlockContent {
  return { type: 'paragraph', data: { hProperties: { className: [className], ...NOTE } }, children: [text(value)] };
}

/** A photo story whose photographs are all missing: nothing but captions would be left unexplained. */
function isPhotoStoryWithoutPhotos(article: Article): boolean {
  return (
    article.figures.length > 0 &&
    article.figures.every((figure) => figure.image === null) &&
    article.blocks.every((block) => block.type === 'intertitle')
  );
}

export function articleToMdast(article: Article, options: BodyOptions): MdastRoot {
  const children: RootContent[] = inPrintOrder(article).map((item) =>
    isFigure(item) ? figureNode(item, options) : blockNode(item),
  );
  if (isPhotoStoryWithoutPhotos(article)) children.unshift(noteNode('photo-story-note', PHOTO_STORY_NOTE));
  if (endsMidSentence(article)) children.push(noteNode('cut-off-note', CUT_OFF_NOTE));
  return { type: 'root', children };
}

/** Intertitles become anchors (`#part-2`) so a researcher can cite or link a passage. */
export function rehypeIntertitleAnchors() {
  return (tree: HastRoot) => {
    let count = 0;
    for (const node of tree.children) {
      if (node.type === 'element' && node.tagName === 'h2') {
        count += 1;
        (node as Element).properties['id'] = `part-${count}`;
      }
    }
  };
}

const processor = unified().use(remarkRehype).use(rehypeIntertitleAnchors).use(rehypeStringify);

export function renderArticleBody(article: Article, options: BodyOptions): string {
  const hast = processor.runSync(articleToMdast(article, options));
  return processor.stringify(hast);
}
