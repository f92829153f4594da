/**
 * A reader's query as terms, and the Pagefind searches that answer it.
 *
 * Every term must be in the article (see text.ts for what "in" means), and terms are separated by
 * spaces. A quoted phrase standing on its own — "平城 区", “首善之区”, 「两个五年」 — is one term, its
 * quotes and spaces not counting. Quotes inside a word are text, as Chinese headlines print them: a
 * pasted 推进“四区”建设 is found as printed, not as 推进, 四区 and 建设 anywhere.
 */
import { exactQuery, indexableRuns, looseQuery, searchableAsIs, searchForm } from './text.ts';

/** A quoted phrase between whitespace, the query's ends or another quoted phrase (“首善之区”「两个五年」). */
const QUOTED = /(?<=^|\s|["”」])(?:"([^"]*)"|“([^”]*)”|「([^」]*)」)(?=\s|$|["“「])/gu;

export function parseTerms(query: string): string[] {
  const terms: string[] = [];
  const rest = query.replace(QUOTED, (_whole, a?: string, b?: string, c?: string) => {
    terms.push((a ?? b ?? c ?? '').replace(/\s+/gu, ''));
    return ' ';
  });
  terms.push(...rest.split(/\s+/u));
  const seen = new Set<string>();
  return terms.filter((term) => {
    const key = searchForm(term);
    if (key === '' || indexableRuns(term).length === 0 || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

export interface SearchPlan {
  terms: string[];
  /** Quoted Pagefind searches; an article must be in every one's results. */
  required: string[];
  /** Whether those results are the answer, or each must still be checked against its text. */
  exact: boolean;
  /** The unquoted search whose ranking orders the results. */
  ranking: string;
  /**
   * For a query of several terms, the quoted search of all of them written together: articles holding
   * the query exactly as typed come first. Null when there is one term, or when it cannot be searched.
   */
  whole: string | null;
}

export function searchPlan(terms: readonly string[]): SearchPlan {
  const runs = terms.flatMap(indexableRuns);
  const joined = terms.join('');
  return {
    terms: [...terms],
    required: [...new Set(runs)].map(exactQuery),
    exact: terms.every(searchableAsIs),
    ranking: looseQuery(runs),
    whole: terms.length > 1 && searchableAsIs(joined) ? exactQuery(searchForm(joined)) : null,
  };
}
