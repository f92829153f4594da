/**
 * The split inspector's script, in the browser of the dev server only: select a line (click, Enter or
 * Space; arrow keys move between lines) to see the markup that would change it, copy a markup line,
 * click a story to mark its lines, and follow the file as the editor saves it. Events are delegated to
 * the document, so the page can swap in a fresh render without binding anything again.
 */

const POLL_MS = 1000;
const SAVED = 'split-inspector-selection';

interface State {
  line: string | null;
  /** The selected line's text: a markup line pasted above it moves it down, and it stays selected. */
  text: string | null;
  story: string | null;
}

function root(doc: Document): HTMLElement | null {
  return doc.querySelector<HTMLElement>('[data-inspector]');
}

function lines(doc: Document): HTMLElement[] {
  return [...doc.querySelectorAll<HTMLElement>('.line[tabindex]')];
}

function selectLine(doc: Document, state: State, no: string | null, focus = false): void {
  for (const line of doc.querySelectorAll<HTMLElement>('.line.selected')) {
    line.classList.remove('selected');
    const fix = line.querySelector<HTMLElement>('.fix');
    if (fix) fix.hidden = true;
  }
  state.line = no;
  const line = no ? doc.getElementById(`L${no}`) : null;
  state.text = line?.querySelector('.text')?.textContent ?? null;
  if (!line || !line.hasAttribute('tabindex')) {
    sessionStorage.removeItem(SAVED);
    if (location.hash) history.replaceState(null, '', location.pathname);
    return;
  }
  line.classList.add('selected');
  const fix = line.querySelector<HTMLElement>('.fix');
  if (fix) fix.hidden = false;
  if (focus) line.focus();
  revealStory(doc, line.dataset['story']);
  history.replaceState(null, '', `#L${no}`);
  // The dev server reloads the page itself when the content changes: the selection survives that too.
  sessionStorage.setItem(SAVED, JSON.stringify({ path: location.pathname, line: no, text: state.text }));
}

/**
 * Scrolls the stories pane (a column beside the lines, a strip above them on a tablet) to the selected
 * line's story, so the editor sees what the line became; the page itself does not move. Both panes are
 * sticky, so a card's offsets are measured from its pane.
 */
function revealStory(doc: Document, story: string | undefined): void {
  const card = story ? doc.getElementById(`S${story}`) : null;
  const pane = card?.parentElement;
  if (!card || !pane) return;
  const margin = 8;
  if (card.offsetLeft < pane.scrollLeft || card.offsetLeft + card.offsetWidth > pane.scrollLeft + pane.clientWidth)
    pane.scrollLeft = card.offsetLeft - margin;
  if (card.offsetTop < pane.scrollTop || card.offsetTop + card.offsetHeight > pane.scrollTop + pane.clientHeight)
    pane.scrollTop = card.offsetTop - margin;
}

function highlightStory(doc: Document, state: State, story: string | null): void {
  state.story = story;
  for (const element of doc.querySelectorAll('.highlight')) element.classList.remove('highlight');
  if (!story) return;
  for (const element of doc.querySelectorAll(`[data-story="${CSS.escape(story)}"]`)) element.classList.add('highlight');
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const text = button.dataset['copy'] ?? '';
  try {
    await navigator.clipboard.writeText(text);
    button.textContent = '已复制';
  } catch {
    // No clipboard (an insecure origin, a refused permission): select the text for Ctrl+C instead.
    const code = button.previousElementSibling;
    if (code) getSelection()?.selectAllChildren(code);
    button.textContent = '请按 Ctrl+C';
  }
  setTimeout(() => (button.textContent = '复制'), 2000);
}

function onClick(doc: Document, state: State, event: MouseEvent): void {
  const target = event.target as HTMLElement;
  const button = target.closest<HTMLButtonElement>('button[data-copy]');
  if (button) {
    void copy(button);
    return;
  }
  const storyLink = target.closest<HTMLAnchorElement>('[data-story-link]');
  if (storyLink) {
    event.preventDefault();
    const story = storyLink.dataset['storyLink'] ?? null;
    highlightStory(doc, state, story);
    const first = doc.querySelector<HTMLElement>(`${storyLink.getAttribute('href')}`);
    first?.scrollIntoView({ block: 'center' });
    first?.focus({ preventScroll: true });
    return;
  }
  if (target.closest('.fix, a, summary')) return;
  const line = target.closest<HTMLElement>('.line[tabindex]');
  if (line) selectLine(doc, state, line.dataset['line'] ?? null);
}

function onKey(doc: Document, state: State, event: KeyboardEvent): void {
  const line = (event.target as HTMLElement).closest<HTMLElement>('.line[tabindex]');
  if (!line || event.target !== line) return;
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    selectLine(doc, state, line.classList.contains('selected') ? null : (line.dataset['line'] ?? null));
  } else if (event.key === 'Escape') {
    selectLine(doc, state, null);
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const all = lines(doc);
    const next = all[all.indexOf(line) + (event.key === 'ArrowDown' ? 1 : -1)];
    next?.focus();
  }
}

/** The line now holding the text that was selected: the same number, or the nearest with that text. */
function lineAfterEdit(doc: Document, state: State): string | null {
  if (state.line === null || state.text === null) return state.line;
  const old = Number(state.line);
  const same = lines(doc).filter((line) => line.querySelector('.text')?.textContent === state.text);
  same.sort((a, b) => Math.abs(Number(a.dataset['line']) - old) - Math.abs(Number(b.dataset['line']) - old));
  return same[0]?.dataset['line'] ?? state.line;
}

/** Fetches the page again and swaps in the new render, keeping the selected line and story. */
async function refresh(doc: Document, state: State, status: (text: string) => void): Promise<void> {
  const response = await fetch(location.pathname, { cache: 'no-store' });
  const fresh = new DOMParser().parseFromString(await response.text(), 'text/html');
  const next = root(fresh);
  const current = root(doc);
  if (!next || !current) return;
  current.replaceWith(doc.adoptNode(next));
  selectLine(doc, state, lineAfterEdit(doc, state));
  highlightStory(doc, state, state.story);
  status(`文件已保存，页面已于 ${new Date().toLocaleTimeString('zh-CN', { hour12: false })} 更新。`);
}

function poll(doc: Document, state: State): void {
  const status = (text: string) => {
    const live = doc.querySelector('[data-inspector] .live');
    if (live) live.textContent = text;
  };
  let busy = false;
  setInterval(async () => {
    const element = root(doc);
    const url = element?.dataset['versionUrl'];
    if (busy || !element || !url || doc.visibilityState === 'hidden') return;
    busy = true;
    try {
      const response = await fetch(url, { cache: 'no-store' });
      const { version } = (await response.json()) as { version: string | null };
      if (version === null) status('这一期的文件已被删除或改名。');
      else if (version !== element.dataset['version']) await refresh(doc, state, status);
    } catch {
      status('开发服务器没有响应：npm run dev 还在运行吗？');
    } finally {
      busy = false;
    }
  }, POLL_MS);
}

export function startInspector(doc: Document): void {
  const state: State = { line: null, text: null, story: null };
  doc.addEventListener('click', (event) => onClick(doc, state, event));
  doc.addEventListener('keydown', (event) => onKey(doc, state, event));
  const hash = /^#L(\d+)$/.exec(location.hash);
  const saved = JSON.parse(sessionStorage.getItem(SAVED) ?? 'null') as (Partial<State> & { path?: string }) | null;
  if (saved?.path === location.pathname && saved.line === hash?.[1]) {
    Object.assign(state, { line: saved.line, text: saved.text ?? null });
    selectLine(doc, state, lineAfterEdit(doc, state));
  } else if (hash) selectLine(doc, state, hash[1] ?? null);
  poll(doc, state);
}
