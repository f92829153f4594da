/**
 * The notes an archive adds to what the paper printed, so a reader never mistakes the splitter's or the
 * extractor's work for the paper's: a headline the splitter made up from the lead, and a text that
 * stops mid-sentence because the printed page (or its extraction) stops there.
 */
import { DEFAULT_PAPER, PAPER_PROFILES } from '../../config/papers.ts';
import type { Article } from '../schema.ts';
import { trailingByline } from '../split/bylines.ts';
import { endsSentence } from '../split/patterns.ts';
import { isAuthorNote, rulesOf, type PaperRules } from '../split/profile.ts';

/** Beside a headline the page did not print (`headlineDerived`): the splitter took it from the lead. */
export const DERIVED_HEADLINE_NOTE = '标题为编者所拟';
/** What the article page adds after the note: where the made-up headline came from. */
export function derivedHeadlineSource(article: Article): string {
  const hasText = article.blocks.some((block) => block.type === 'paragraph');
  return hasText ? '原版未印标题，取自导语' : '原版未印标题，取自图片说明';
}

/** After the last words of a text that breaks off: the rest was on another page or was not extracted. */
export const CUT_OFF_NOTE = '（原文至此）';

/** The last block of running text: paragraphs and list items, not intertitles. */
function lastTextBlock(article: Article): string | null {
  const blocks = article.blocks.filter((block) => block.type !== 'intertitle');
  const last = blocks.at(-1)?.text.trim();
  return last ? (last.split('\n').at(-1)?.trim() ?? null) : null;
}

let archiveRules: PaperRules | undefined;
/** The archive's own paper's conventions: how a story it printed signs off. */
function defaultRules(): PaperRules {
  archiveRules ??= rulesOf(PAPER_PROFILES[DEFAULT_PAPER]!);
  return archiveRules;
}

/** A role printed before a signing-off name: 本报记者, 见习记者, 通讯员. */
const SIGN_OFF_ROLE = /[\s　]*(?:本报)?(?:见习|实习|首席|特约)?(?:记者|通讯员)?[\s　]*$/;

/** The text without the name of one of its people at its very end (…精神。本报记者 孙露 → …精神。). */
function withoutSignOff(text: string, names: readonly string[]): string {
  const name = names.find((candidate) => text.endsWith(candidate));
  return name ? text.slice(0, -name.length).replace(SIGN_OFF_ROLE, '') : text;
}

/**
 * Whether the article's text breaks off mid-sentence (…电线是否). A story signed off after its last
 * sentence (…精神。本报记者 孙露) is complete: the name after the full stop is its author's. A photo
 * story with no text has nothing to break off.
 */
export function endsMidSentence(article: Article): boolean {
  const last = lastTextBlock(article);
  if (last === null) return false;
  // Signed off after its last sentence: …。（记者 张三）, or the note on its writer (作者系…研究员).
  if (trailingByline(last, defaultRules()) || isAuthorNote(last, defaultRules())) return false;
  return !endsSentence(
    withoutSignOff(
      last,
      article.people.map((person) => person.name),
    ),
  );
}
