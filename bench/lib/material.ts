/**
 * The raw material of a synthetic archive, taken from real pages already split by our own splitter:
 * headlines and the lines printed around them, whole paragraphs, intertitles, captions, and the names
 * of the paper's reporters and photographers. Nothing is invented: the generator only recombines these.
 *
 * Only material that reads the same wherever it is put is kept: paragraphs that end a sentence (a cut
 * one would join its neighbour), with their 本报讯 leads removed (the generator writes its own), and
 * without a byline run into their last sentence (that would credit someone else).
 */
import type { Issue, Person } from '../../src/lib/schema.ts';
import { DEFAULT_PAPER, PAPER_PROFILES } from '../../src/config/papers.ts';
import { SENTENCE_END } from '../../src/lib/split/patterns.ts';
import { readLead, rulesOf } from '../../src/lib/split/profile.ts';

/** The archive's own paper: the material is its pages. */
const rules = rulesOf(PAPER_PROFILES[DEFAULT_PAPER]!);

export interface Material {
  headlines: string[];
  overlines: string[];
  subtitles: string[];
  intertitles: string[];
  /** Each real story's reusable paragraphs in reading order, so recombined stories run on naturally. */
  paragraphRuns: string[][];
  captions: string[];
  reporters: string[];
  photographers: string[];
}

/** Shorter paragraphs are list items and one-line facts; alone in a story they read as headings. */
const MIN_PARAGRAPH = 40;

const REPORTER_ROLES: ReadonlySet<Person['role']> = new Set(['记者', '见习记者', '实习记者', '特约记者', '首席记者']);

function unique(values: Iterable<string | null | undefined>): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value) seen.add(value.trim());
  seen.delete('');
  return [...seen].sort();
}

function withoutLead(text: string): string {
  const lead = readLead(text, rules);
  return lead ? text.slice(lead.opening.length).trim() : text;
}

function isReusableParagraph(text: string): boolean {
  return text.length >= MIN_PARAGRAPH && SENTENCE_END.test(text) && !rules.trailingByline.test(text);
}

export function harvestMaterial(issues: readonly Issue[]): Material {
  const articles = issues.flatMap((issue) => issue.articles);
  const people = articles.flatMap((article) => article.people);
  const material: Material = {
    headlines: unique(articles.filter((a) => !a.headlineDerived).map((a) => a.headline)),
    overlines: unique(articles.map((a) => a.overline)),
    subtitles: unique(articles.map((a) => a.subtitle)),
    intertitles: unique(articles.flatMap((a) => a.blocks.filter((b) => b.type === 'intertitle').map((b) => b.text))),
    paragraphRuns: articles
      .map((a) =>
        a.blocks
          .filter((b) => b.type === 'paragraph')
          .map((b) => withoutLead(b.text))
          .filter(isReusableParagraph),
      )
      .filter((run) => run.length > 0),
    captions: unique(articles.flatMap((a) => a.figures.map((f) => f.caption))),
    reporters: unique(people.filter((p) => REPORTER_ROLES.has(p.role)).map((p) => p.name)),
    photographers: unique(people.filter((p) => p.role === '摄影').map((p) => p.name)),
  };
  for (const [name, values] of Object.entries(material)) {
    if (values.length === 0 && name !== 'photographers') {
      throw new Error(`the seed pages give no ${name} to recombine; pass the real pages of content/issues`);
    }
  }
  return material;
}
