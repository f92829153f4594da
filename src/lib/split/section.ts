/**
 * Section and kind of a story, by transparent rules over the paper profile's section and commentary
 * cues (src/config/papers/); the sections themselves are the archive's (src/config/sections.ts).
 * Editors override either with `@@ section 名称` / `@@ kind 类型` (assemble.ts applies those).
 */
import { SECTIONS, type KindName, type SectionName } from '../../config/sections.ts';
import type { PaperRules } from './profile.ts';

export interface StoryText {
  rubric: string | null;
  overline: string | null;
  headline: string;
  subtitle: string | null;
  body: string;
  hasLead: boolean;
  hasByline: boolean;
  /** The byline as printed, when the story has one. */
  byline?: string | null;
  photoOnly: boolean;
  intertitles: number;
}

export function assignKind(story: StoryText, rules: PaperRules): [KindName, string] {
  const titles = [story.rubric, story.overline, story.headline].filter(Boolean).join(' ');
  if (story.photoOnly) return ['图片', 'a photograph with its caption and no story'];
  if (/^(?:——|—|――|―)?\s*访/.test(story.subtitle ?? '')) return ['专访', 'subtitle ——访…: an interview'];
  if (story.hasLead) return ['消息', 'opens with a 本报讯 lead: a news report'];
  if (rules.commentaryCues.some((cue) => titles.includes(cue)))
    return ['评论', 'rubric or headline names a commentary column'];
  // 本报评论员, 本报特约评论员 张三: the paper's commentary is signed by its commentators.
  if (rules.commentaryCues.some((cue) => story.byline?.includes(cue)))
    return ['评论', 'signed by a commentator (本报评论员)'];
  if (/综述|解读|写在|周年/.test(`${titles} ${story.subtitle ?? ''}`) || /系列|巡礼|专题/.test(story.rubric ?? '')) {
    return ['专题', 'review, explainer or series (综述/解读/系列)'];
  }
  return ['通讯', 'a reported feature with its own headline'];
}

/** The lead says what a story is about: section cues are counted in the titles and the opening. */
const OPENING = 600;

interface CueIndex {
  /** Each section's cues, in the archive's order of sections. */
  sections: { name: SectionName; cues: readonly string[] }[];
  /** Cues by their first character, so a text is read once however many cues there are. */
  byFirst: Map<number, string[]>;
  /** Marks the characters a cue can start with: most characters of a text start none. */
  starts: Uint8Array;
}

const indexes = new WeakMap<PaperRules, CueIndex>();

function cueIndex(rules: PaperRules): CueIndex {
  const known = indexes.get(rules);
  if (known) return known;
  const sections = SECTIONS.map((section) => ({
    name: section.name,
    cues: rules.profile.sectionCues[section.name] ?? [],
  }));
  const index: CueIndex = { sections, byFirst: new Map(), starts: new Uint8Array(0x10000) };
  for (const section of sections) {
    for (const cue of section.cues) {
      const first = cue.charCodeAt(0);
      index.byFirst.set(first, [...(index.byFirst.get(first) ?? []), cue]);
      index.starts[first] = 1;
    }
  }
  indexes.set(rules, index);
  return index;
}

function cueCounts(text: string, index: CueIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (index.starts[code] === 0) continue;
    for (const cue of index.byFirst.get(code) ?? []) {
      if (text.startsWith(cue, i)) counts.set(cue, (counts.get(cue) ?? 0) + 1);
    }
  }
  return counts;
}

export function assignSection(story: StoryText, kind: KindName, rules: PaperRules): [SectionName, string] {
  if (kind === '评论') return ['评论', 'commentaries are filed under 评论'];
  const index = cueIndex(rules);
  const titles = [story.rubric, story.overline, story.headline, story.subtitle].filter(Boolean).join(' ');
  const inTitles = cueCounts(titles, index);
  const inBody = cueCounts(story.body.slice(0, OPENING), index);
  let best: { name: SectionName; score: number; cue: string } = { name: '时政', score: 0, cue: '' };
  for (const section of index.sections) {
    let score = 0;
    let top = '';
    for (const cue of section.cues) {
      const hits = 3 * (inTitles.get(cue) ?? 0) + (inBody.get(cue) ?? 0);
      if (hits > 0 && top === '') top = cue;
      score += hits;
    }
    if (score > best.score) best = { name: section.name, score, cue: top };
  }
  return best.score > 0
    ? [best.name, `most section words (e.g. “${best.cue}”) belong to ${best.name}`]
    : ['时政', 'no section words found: filed under 时政 by default'];
}
