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
import { lineRanges } from './csv.ts';

/** Shown in place of a photograph the archive does not hold, instead of a broken image. */
export const MISSING_IMAGE_LABEL = '图片未收录';

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

function blockNode(block: Block): RootContent {
  const data = { hProperties: sourceLines(block.lines) };
  switch (block.type) {
    case 'intertitle':
      return { type: 'heading', depth: 2, data, children: [text(block.text)] };
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
            children: [{ type: 'paragraph' as const, children: [text(item.trim())] }],
          })),
      };
    default:
      return { type: 'paragraph', data, children: [text(block.text)] };
  }
}

function figureChildren(figure: Figure, options: BodyOptions): ElementContent[] {
  const label = figure.caption ?? MISSING_IMAGE_LABEL;
  const picture = figure.image
    ? h('img', { src: options.imageUrl(figure.image), alt: label, loading: 'lazy', decoding: 'async' })
    : h('p', { className: ['figure-missing'] }, MISSING_IMAGE_LABEL);
  const caption: ElementContent[] = [];
  if (figure.caption) caption.push(h('span', { className: ['figure-caption'] }, figure.caption));
  if (figure.credit) caption.push(h('span', { className: ['figure-credit'] }, figure.credit));
  return caption.length ? [picture, h('figcaption', caption)] : [picture];
}

/** mdast has no figure node; `data.hName` tells remark-rehype which element to make. */
function figureNode(figure: Figure, options: BodyOptions): BlockContent {
  return {
    type: 'paragraph',
    children: [],
    data: {
      hName: 'figure',
      hProperties: {
        className: figure.image ? ['figure'] : ['figure', 'figure-no-image'],
        ...sourceLines(figure.lines),
      },
      hChildren: figureChildren(figure, options),
    },
  };
}

export function articleToMdast(article: Article, options: BodyOptions): MdastRoot {
  return {
    type: 'root',
    children: inPrintOrder(article).map((item) => (isFigure(item) ? figureNode(item, options) : blockNode(item))),
  };
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
