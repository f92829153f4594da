/**
 * Stage 8: a story's units → the typed article entry: title fields, byline and people, figures, body
 * blocks (joined across column breaks), section, kind, source lines and the reason for every line.
 * A story printed without a headline gets one taken word for word from its lead and is marked
 * `headlineDerived`; nothing is made up.
 */
import { KINDS, SECTION_NAMES, type KindName, type SectionName } from '../../config/sections.ts';
import { ArchiveError } from '../errors.ts';
import type { Article, Decision, Diagnostic, Figure, LineRole, Person } from '../schema.ts';
import type { Draft, Move } from './assign.ts';
import { parseByline, reporterNames, trailingByline } from './bylines.ts';
import { readLead, type PaperRules } from './profile.ts';
import { joinColumnBreaks } from './repair.ts';
import { assignKind, assignSection } from './section.ts';
import type { Unit } from './structure.ts';
import { firstGraphemes, truncate } from '../text/truncate.ts';

export interface AssembleContext {
  file: string;
  issueId: string;
  date: string | null;
  moves: readonly Move[];
  rules: PaperRules;
}

/** Longest headline readers see without a warning to the editor. */
const LONG_HEADLINE = 40;
const LEAD_TIME = /^(?:近日|日前|连日来|近期|今年以来|近年来|目前|\d{1,2}月\d{1,2}日(?:上午|下午|晚上?|晚间)?)，/;
/** A first clause shorter than this says too little to stand as a headline. */
const CLAUSE_MIN = 8;
/** Length of a headline taken from a lead. */
const DERIVED_MAX = 28;

function linesWithRole(units: readonly Unit[], role: LineRole): string[] {
  return units.flatMap((unit) => unit.lines.filter((_, index) => unit.roles[index] === role).map((line) => line.text));
}

function joinOrNull(parts: readonly string[], separator: string): string | null {
  return parts.length > 0 ? parts.join(separator) : null;
}

/** The first clause of a lead, without its 本报讯（…） opening: the story's own words. */
export function deriveHeadline(printed: string, rules: PaperRules): string {
  // A brief of a column prints its headline in bold at its start, after its ornament (■县城新增公交线路 …).
  const brief = rules.briefHead.exec(printed);
  if (brief?.[1]) return brief[1];
  const text = brief ? printed.slice(brief[0].length) : printed;
  // A lead's opening time phrase (近日，… 3月5日上午，…) says when, not what: the headline starts after it.
  const opening = readLead(text, rules)?.opening.length ?? 0;
  const lead = text.slice(opening).replace(/^图为/, '').trim().replace(LEAD_TIME, '');
  const sentence = lead.split(/[。！？；!?;]/)[0] ?? lead;
  // The first clause says what happened (市文旅局举办…主题活动，吸引众多市民参与): keep it when it says enough.
  const clause = sentence.split(/[，,]/)[0] ?? sentence;
  if (clause.length >= CLAUSE_MIN && clause.length <= DERIVED_MAX) return clause;
  // Cut between characters as readers count them: never inside an Extension B character or an emoji.
  if (sentence.length <= DERIVED_MAX) return sentence.replace(/[，、：]$/, '') || firstGraphemes(lead, DERIVED_MAX);
  return truncate(sentence, DERIVED_MAX);
}

function collectPeople(
  units: readonly Unit[],
  byline: string | null,
  body: readonly string[],
  rules: PaperRules,
): Person[] {
  const people: Person[] = [];
  const add = (found: readonly Person[] | undefined) => {
    for (const person of found ?? []) if (!people.some((p) => p.name === person.name)) people.push(person);
  };
  for (const unit of units) {
    if (unit.kind === 'byline') add(parseByline(unit.lines.map((line) => line.text).join(' '), rules)?.people);
    if (unit.kind === 'lead') {
      const lead = readLead(unit.lines[0]!.text, rules);
      if (lead?.people) add(parseByline(lead.people, rules)?.people);
    }
  }
  const last = body[body.length - 1];
  const trailing = last === undefined ? null : trailingByline(last, rules);
  if (trailing) add(trailing.people);
  if (people.length === 0 && byline) add(parseByline(byline, rules)?.people);
  return people;
}

/** The lead's opening when it names people (本报讯（记者 张鑫）): the story's byline as printed. */
function leadByline(units: readonly Unit[], rules: PaperRules): string | null {
  const unit = units.find((candidate) => candidate.kind === 'lead');
  const lead = unit ? readLead(unit.lines[0]!.text, rules) : null;
  return lead?.people ? lead.opening : null;
}

function figuresOf(units: readonly Unit[]): Figure[] {
  return units
    .filter((unit) => unit.kind === 'figure')
    .map((unit) => ({
      caption: joinOrNull(linesWithRole([unit], 'caption'), ' '),
      credit: joinOrNull(linesWithRole([unit], 'credit'), ' '),
      image: null,
      lines: unit.lines.map((line) => line.no),
    }));
}

function override(
  units: readonly Unit[],
  kind: 'section' | 'kind',
  file: string,
): { value: string; line: number } | null {
  for (const unit of units) {
    for (const line of unit.lines) {
      for (const marker of line.markers) {
        if (marker.kind !== kind) continue;
        const allowed: readonly string[] = kind === 'section' ? SECTION_NAMES : KINDS;
        if (!allowed.includes(marker.value)) {
          throw new ArchiveError({
            ruleId: `unknown-${kind}`,
            file,
            line: marker.line,
            message: `\`@@ ${kind} ${marker.value}\` names no ${kind} of this archive`,
            hint: `Use one of: ${allowed.join('、')} (listed in src/config/sections.ts).`,
          });
        }
        return { value: marker.value, line: marker.line };
      }
    }
  }
  return null;
}

export function assemble(
  draft: Draft,
  order: number,
  context: AssembleContext,
): { article: Article; diagnostics: Diagnostic[] } {
  const { units } = draft;
  const titleUnits = units.filter((unit) => unit.kind === 'title');
  const bodyUnits = units.filter((unit) => ['lead', 'paragraph', 'list', 'intertitle', 'sidebar'].includes(unit.kind));
  const { blocks, joins } = joinColumnBreaks(bodyUnits);
  const figures = figuresOf(units);
  const diagnostics: Diagnostic[] = [];
  const firstLine = units[0]!.lines[0]!.no;

  const bylineLines = linesWithRole(units, 'byline');
  const byline = joinOrNull(bylineLines, ' ') ?? leadByline(units, context.rules);
  const people = collectPeople(
    units,
    byline,
    blocks.filter((block) => block.type === 'paragraph').map((block) => block.text),
    context.rules,
  );

  const printed = joinOrNull(linesWithRole(titleUnits, 'headline'), ' ');
  const firstText =
    blocks.find((block) => block.type === 'paragraph')?.text ?? figures[0]?.caption ?? figures[0]?.credit ?? '';
  const headline = printed ?? (deriveHeadline(firstText, context.rules) || '（无题）');
  if (!printed) {
    diagnostics.push({
      ruleId: 'derived-headline',
      severity: 'warning',
      file: context.file,
      line: firstLine,
      message: `story ${order} has no printed headline; using words of its first line: “${headline}”`,
      hint: 'If the page printed a headline for this story, put `@@ headline` above that line.',
    });
  } else if (printed.length > LONG_HEADLINE) {
    diagnostics.push({
      ruleId: 'long-headline',
      severity: 'warning',
      file: context.file,
      line: titleUnits[0]!.lines[0]!.no,
      message: `story ${order} has an unusually long headline (${printed.length} characters): “${truncate(printed, 24)}”`,
      hint: 'If this is running text, put `@@ body` above it; if two stories ran together, put `@@ article` above the second.',
    });
  }
  // A photo story (图片新闻) is a title over a photograph: no text is expected.
  const photoOnly = draft.opening === 'photo' || (blocks.length === 0 && figures.length > 0);
  if (blocks.length === 0 && !photoOnly) {
    diagnostics.push({
      ruleId: 'empty-article',
      severity: 'warning',
      file: context.file,
      line: firstLine,
      message: `story ${order} (“${headline}”) has no body text`,
      hint: 'If its text was given to another story, put `@@ story ' + order + '` above the first line of that text.',
    });
  }
  if (draft.opening === 'photo') {
    diagnostics.push({
      ruleId: 'orphan-caption',
      severity: 'warning',
      file: context.file,
      line: firstLine,
      message: `a photo caption belongs to no story and is kept as a photograph of its own: “${headline}”`,
      hint: 'If it illustrates a story, put `@@ story N` above the caption (N is the story number in the split report).',
    });
  }

  const story = {
    rubric: joinOrNull(linesWithRole(titleUnits, 'rubric'), ' · '),
    overline: joinOrNull(linesWithRole(titleUnits, 'overline'), ' '),
    headline,
    subtitle: joinOrNull(linesWithRole(titleUnits, 'subtitle'), ' '),
    body: blocks.map((block) => block.text).join('\n'),
    hasLead: units.some((unit) => unit.kind === 'lead' && readLead(unit.lines[0]!.text, context.rules) !== null),
    hasByline: byline !== null,
    byline,
    photoOnly,
    intertitles: blocks.filter((block) => block.type === 'intertitle').length,
  };
  const kindOverride = override(units, 'kind', context.file);
  const [kind, kindReason] = kindOverride
    ? [kindOverride.value as KindName, 'editor markup @@ kind']
    : assignKind(story, context.rules);
  const sectionOverride = override(units, 'section', context.file);
  const [section, sectionReason] = sectionOverride
    ? [sectionOverride.value as SectionName, 'editor markup @@ section']
    : assignSection(story, kind, context.rules);

  const reasonOf = new Map<number, string>();
  for (const join of joins) reasonOf.set(join.line, join.reason);
  for (const move of context.moves) reasonOf.set(move.line, move.reason);
  const decisions: Decision[] = units
    .flatMap((unit) =>
      unit.lines.map((line, index) => ({
        line: line.no,
        role: unit.roles[index]!,
        reason: [unit.reasons[index], reasonOf.get(line.no)].filter(Boolean).join('; '),
      })),
    )
    .sort((a, b) => a.line - b.line);
  decisions.unshift({
    line: firstLine,
    role: decisions.find((d) => d.line === firstLine)?.role ?? 'body',
    reason: `story: ${kind} (${kindReason}); section: ${section} (${sectionReason})`,
  });

  const article: Article = {
    id: `${context.issueId}-${String(order).padStart(2, '0')}`,
    order,
    rubric: story.rubric,
    overline: story.overline,
    headline,
    headlineDerived: printed === null,
    subtitle: story.subtitle,
    byline,
    reporters: reporterNames(people),
    people,
    section,
    kind,
    date: context.date,
    figures,
    blocks,
    lines: units.flatMap((unit) => unit.lines.map((line) => line.no)).sort((a, b) => a - b),
    decisions,
  };
  return { article, diagnostics };
}
