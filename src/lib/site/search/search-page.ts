/**
 * The search page's behaviour: reads the form, keeps the URL in step, runs the search and renders the
 * results. The page (src/pages/search.astro) renders the form and calls `mountSearchPage`; everything
 * worth testing as logic is in the pure modules beside this one.
 */
import { findCandidates } from './candidates.ts';
import { loadPagefind, type BundleLocation, type PagefindApi, type PagefindData } from './pagefind-api.ts';
import { parseTerms, searchPlan } from './query.ts';
import { RANK_BY_TEXT_LIMIT, rankByText } from './rank.ts';
import { resultPages, type ResultPages } from './result-pages.ts';
import { resultView, type ResultView } from './result-view.ts';
import type { TextPart } from './excerpt.ts';
import { holds } from './text.ts';
import {
  FILTER_KEYS,
  hasCriteria,
  pagefindOptions,
  readSearchState,
  writeSearchState,
  type SearchState,
} from '../search-query.ts';

const PAGE = 10;
const TYPING_PAUSE_MS = 250;

interface Elements {
  root: HTMLElement;
  form: HTMLFormElement;
  input: HTMLInputElement;
  filters: HTMLDetailsElement | null;
  status: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function find<T extends Element>(root: ParentNode, selector: string): T {
  const element = root.querySelector<T>(selector);
  if (!element) throw new Error(`search page: no ${selector}`);
  return element;
}

function elements(root: HTMLElement): Elements {
  const form = find<HTMLFormElement>(root, 'form');
  return {
    root,
    form,
    input: find<HTMLInputElement>(form, 'input[name="q"]'),
    filters: root.querySelector<HTMLDetailsElement>('details[data-filters]'),
    status: find<HTMLElement>(root, '[data-status]'),
    list: find<HTMLOListElement>(root, '[data-results]'),
    more: find<HTMLButtonElement>(root, '[data-more]'),
  };
}

function stateFromForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData(form)) params.set(key, String(value));
  return readSearchState(params);
}

/** How many filters the reader has set, shown on the collapsed filter panel. */
function activeFilters(state: SearchState): number {
  return (
    Object.keys(state.filters).length +
    (state.range.from ? 1 : 0) +
    (state.range.to ? 1 : 0) +
    (state.sort === 'relevance' ? 0 : 1)
  );
}

function fillForm({ form, input }: Elements, state: SearchState): void {
  input.value = state.q;
  const values: Record<string, string> = { sort: state.sort, from: state.range.from ?? '', to: state.range.to ?? '' };
  for (const key of FILTER_KEYS) values[key] = state.filters[key] ?? '';
  for (const field of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('select, input:not([name="q"])')) {
    if (field.name in values) field.value = values[field.name] ?? '';
  }
}

function showFilterCount({ filters }: Elements, state: SearchState): void {
  const count = filters?.querySelector<HTMLElement>('[data-filter-count]');
  if (count) count.textContent = activeFilters(state) > 0 ? `（已选 ${activeFilters(state)} 项）` : '';
}

function appendParts(parent: HTMLElement, parts: readonly TextPart[]): void {
  for (const part of parts) {
    if (!part.marked) parent.append(part.text);
    else {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      parent.append(mark);
    }
  }
}

/** Built as elements and text nodes, never innerHTML: an article quoting `<b>` stays text. */
function resultItem(view: ResultView): HTMLLIElement {
  const item = document.createElement('li');
  item.className = 'result';
  const heading = document.createElement('h2');
  const link = document.createElement('a');
  link.href = view.href;
  appendParts(link, view.title);
  heading.append(link);
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = view.meta;
  const text = document.createElement('p');
  text.className = 'excerpt';
  appendParts(text, view.excerpt);
  item.append(heading, meta, text);
  return item;
}

function describe(pages: ResultPages<PagefindData>, shown: number): string {
  const total = pages.total();
  if (total === 0) return '没有找到包含全部检索词的文章。试试更短的词，或去掉筛选条件。';
  if (total !== null) return `找到 ${total} 篇文章`;
  const { checked, candidates } = pages.checked();
  return `已在前 ${checked} 篇候选文章中找到 ${shown} 篇含全部检索词的文章（共 ${candidates} 篇候选），点“显示更多”继续查找`;
}

export function mountSearchPage(root: HTMLElement, location: BundleLocation): void {
  const el = elements(root);
  let latest = 0;
  let pages: ResultPages<PagefindData> | undefined;
  let terms: string[] = [];
  let shown = 0;
  let dates: Promise<string[]> | undefined;
  // The search page is where a reader searches: the code and the index entry load as it opens.
  const api = loadPagefind(location);

  const issueDates = (pagefind: PagefindApi) => {
    dates ??= pagefind.filters().then((filters) => Object.keys(filters['date'] ?? {}));
    return dates;
  };

  const settle = (status: string) => {
    el.status.textContent = status;
    el.root.dataset['state'] = 'done';
  };

  async function showMore(): Promise<void> {
    if (!pages) return;
    const ticket = latest;
    const page = await pages.nextPage(PAGE);
    if (ticket !== latest) return;
    shown += page.length;
    el.list.append(...page.map((data) => resultItem(resultView(data, terms))));
    el.more.hidden = !pages.hasMore();
    el.status.textContent = describe(pages, shown);
  }

  async function run(state: SearchState): Promise<void> {
    const ticket = ++latest;
    try {
      await search(state, ticket);
    } catch (error) {
      if (ticket !== latest) return;
      settle('检索暂时无法使用（检索索引没有加载成功）。请稍后再试，或按日期、栏目、记者浏览。');
      console.error(error);
    }
  }

  async function search(state: SearchState, ticket: number): Promise<void> {
    pages = undefined;
    el.list.replaceChildren();
    el.more.hidden = true;
    showFilterCount(el, state);
    if (!hasCriteria(state)) return settle('输入检索词，或选择栏目、年份、记者、日期。');
    terms = parseTerms(state.q);
    if (state.q !== '' && terms.length === 0) return settle('检索词里没有可查的文字：请输入汉字、字母或数字。');
    el.root.dataset['state'] = 'searching';
    el.status.textContent = '正在检索…';
    const pagefind = await api;
    const options = pagefindOptions(state, state.range.from || state.range.to ? await issueDates(pagefind) : []);
    if (ticket !== latest) return;
    if (options === null) return settle('所选日期范围内没有报纸。');
    const plan = searchPlan(terms);
    const candidates = await findCandidates(pagefind, plan, options);
    if (ticket !== latest) return;
    // Terms with punctuation are checked against each candidate's text (text.ts).
    const accept = candidates.exact
      ? null
      : (data: PagefindData) => plan.terms.every((term) => holds(data.content, term));
    // The first two pages are ordered by the terms' own text (rank.ts); the rest keep Pagefind's order.
    const head = options.sort || terms.length === 0 ? [] : candidates.results.slice(0, RANK_BY_TEXT_LIMIT);
    const loaded = await Promise.all(head.map((result) => result.data()));
    if (ticket !== latest) return;
    const ranked = rankByText(accept ? loaded.filter(accept) : loaded, terms).map((data) => async () => data);
    const rest = candidates.results.slice(head.length).map((result) => () => result.data());
    pages = resultPages([...ranked, ...rest], (load) => load(), accept);
    shown = 0;
    await showMore();
    if (ticket !== latest) return;
    el.root.dataset['state'] = 'done';
  }

  function update(): void {
    const state = stateFromForm(el.form);
    const query = writeSearchState(state);
    history.replaceState(null, '', query ? `?${query}` : window.location.pathname);
    void run(state);
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  el.form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    update();
  });
  el.input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(update, TYPING_PAUSE_MS);
    // Fetch the index chunks while the reader is still typing.
    const plan = searchPlan(parseTerms(el.input.value));
    if (plan.ranking) api.then((pagefind) => pagefind.preload(plan.ranking)).catch(() => undefined);
  });
  for (const field of el.form.querySelectorAll('select, input:not([name="q"])')) {
    field.addEventListener('change', update);
  }
  el.more.addEventListener('click', () => {
    showMore().catch((error: unknown) => {
      settle('更多结果没有加载成功，请稍后再点一次。');
      console.error(error);
    });
  });

  const initial = readSearchState(new URLSearchParams(window.location.search));
  fillForm(el, initial);
  if (el.filters && activeFilters(initial) > 0) el.filters.open = true;
  el.root.dataset['ready'] = 'true';
  void run(initial);
}
