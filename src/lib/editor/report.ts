/**
 * The split report an editor reads: every story with its title fields, byline, section and kind,
 * figures, the first words of each block with its source lines, and every warning with the line to
 * mark. Plain text, for a terminal.
 */
import { formatDiagnostic } from '../errors.ts';
import type { Article, Issue } from '../schema.ts';
import { truncate } from '../text/truncate.ts';

const FIRST_WORDS = 24;

function span(lines: readonly number[]): string {
  if (lines.length === 0) return '';
  const sorted = [...lines].sort((a, b) => a - b);
  return sorted.length === 1 ? `${sorted[0]}` : `${sorted[0]}–${sorted[sorted.length - 1]}`;
}

function clip(text: string): string {
  return truncate(text, FIRST_WORDS);
}

function formatArticle(article: Article, verbose: boolean): string[] {
  const out: string[] = [];
  const head = article.headlineDerived ? `${article.headline}  [headline made from the lead]` : article.headline;
  out.push(`#${article.order}  ${head}   (lines ${span(article.lines)})`);
  if (article.rubric) out.push(`    rubric:   ${article.rubric}`);
  if (article.overline) out.push(`    overline: ${article.overline}`);
  if (article.subtitle) out.push(`    subtitle: ${article.subtitle}`);
  out.push(
    `    byline:   ${article.byline ?? '—'}${article.people.length ? `   people: ${article.people.map((p) => `${p.name}(${p.role})`).join(' ')}` : ''}`,
  );
  out.push(`    section:  ${article.section}   kind: ${article.kind}`);
  for (const figure of article.figures)
    out.push(
      `    figure    [${figure.lines.join(',')}] ${figure.caption ?? '(no caption)'}${figure.credit ? ` — ${figure.credit}` : ''}`,
    );
  for (const block of article.blocks) {
    const label = block.type === 'paragraph' ? '¶' : block.type === 'intertitle' ? '§' : '•';
    out.push(`    ${label} [${block.lines.join('+')}] ${clip(block.text)}`);
  }
  if (verbose)
    for (const decision of article.decisions)
      out.push(`      line ${decision.line}: ${decision.role} — ${decision.reason}`);
  return out;
}

export function formatSplitReport(issue: Issue, options: { verbose?: boolean } = {}): string {
  const out: string[] = [];
  const date = issue.date ? `${issue.date}${issue.dateInferred ? ' (date inferred)' : ''}` : 'no date';
  out.push(`${issue.source}: ${issue.masthead ?? 'no masthead'}, ${date}${issue.page ? `, page ${issue.page}` : ''}`);
  out.push(`${issue.articles.length} stories, ${issue.furniture.length} furniture lines`);
  out.push('');
  for (const article of issue.articles) out.push(...formatArticle(article, options.verbose ?? false), '');
  if (issue.furniture.length) out.push(`furniture: ${issue.furniture.join(' | ')}`, '');
  const notes = issue.diagnostics.filter((d) => d.severity !== 'info' || options.verbose);
  if (notes.length) out.push('warnings:', ...notes.map((d) => `  ${formatDiagnostic(d).replace(/\n/g, '\n  ')}`));
  else out.push('no warnings');
  return out.join('\n');
}
