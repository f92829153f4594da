/**
 * Stage 7: a story's body units → body blocks. Paragraphs cut by a column break (even mid-word: 忘 |
 * 不提升了…) are joined again: a paragraph that does not end a sentence goes on in the story's next
 * paragraph, wherever the extractor put it. A box printed inside the story (温馨提示 …) does not
 * interrupt the sentence around it; a heading or a list does. Editors can force or forbid a join with
 * `@@ join` / `@@ nojoin`.
 */
import type { Block } from '../schema.ts';
import { endsSentence } from './patterns.ts';
import type { Unit } from './structure.ts';

export interface Join {
  line: number;
  reason: string;
}

function marked(unit: Unit, kind: 'join' | 'nojoin'): boolean {
  return unit.lines[0]!.markers.some((marker) => marker.kind === kind);
}

function glue(left: string, right: string): string {
  // Two Latin words cut apart by a column break had a space between them in print; numbers and terms
  // such as 5G or 912.51 did not.
  return /[A-Za-z]$/.test(left) && /^[A-Za-z]/.test(right) ? `${left} ${right}` : left + right;
}

/** Who said the quotation above, set under it after a dash (classify.ts tags it as running text). */
const ATTRIBUTION = /^(?:——|—|――|―)\s*[^\s，。！？；,!?;][^，。！？；,!?;]{0,19}$/;

export function joinColumnBreaks(units: readonly Unit[]): { blocks: Block[]; joins: Join[] } {
  const blocks: Block[] = [];
  const joins: Join[] = [];
  let open: Block | null = null;
  for (const unit of [...units].sort((a, b) => a.lines[0]!.no - b.lines[0]!.no)) {
    const text = unit.lines.map((line) => line.text).join(unit.kind === 'sidebar' ? '\n' : '');
    const lines = unit.lines.map((line) => line.no);
    const isParagraph = unit.kind === 'paragraph' || unit.kind === 'lead';
    if (unit.kind === 'sidebar') {
      unit.lines.forEach((line, index) => blocks.push({ type: 'paragraph', text: line.text, lines: [lines[index]!] }));
      continue;
    }
    const forcedJoin = isParagraph && marked(unit, 'join') && blocks.some((block) => block.type === 'paragraph');
    if (isParagraph && (open || forcedJoin) && !marked(unit, 'nojoin')) {
      const target: Block = open ?? [...blocks].reverse().find((block) => block.type === 'paragraph')!;
      target.text = glue(target.text, text);
      target.lines.push(...lines);
      joins.push({
        line: lines[0]!,
        reason:
          forcedJoin && !open
            ? 'editor markup @@ join'
            : `continues the paragraph cut at line ${target.lines[target.lines.length - lines.length - 1]} (column break)`,
      });
      open = unit.fragment || !endsSentence(text) ? target : null;
      continue;
    }
    if (isParagraph && ATTRIBUTION.test(text)) {
      // ——老街商户 张小满 under a quotation ends where it stands, as a signature does.
      blocks.push({ type: 'paragraph', text, lines });
      open = null;
      continue;
    }
    const block: Block = {
      type: unit.kind === 'intertitle' ? 'intertitle' : unit.kind === 'list' ? 'list' : 'paragraph',
      text,
      lines,
    };
    blocks.push(block);
    open = isParagraph && (unit.fragment || !endsSentence(text)) ? block : null;
  }
  return { blocks, joins };
}
