import { EventEmitter } from 'node:events';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { contentDir, issueLoader } from '../../../src/lib/site/issue-loader.ts';

/** Just enough of Astro's loader context: a store, a logger and (in dev) a file watcher. */
function fakeContext(watcher?: EventEmitter & { add: (path: string) => void }) {
  const entries = new Map<string, { id: string; data: unknown }>();
  const store = {
    set: (entry: { id: string; data: unknown }) => (entries.set(entry.id, entry), true),
    delete: (id: string) => void entries.delete(id),
    clear: () => entries.clear(),
    keys: () => [...entries.keys()],
  };
  const logger = { info: vi.fn(), warn: vi.fn(), error: vi.fn(), debug: vi.fn() };
  return { entries, context: { store, logger, watcher } as unknown as LoaderContext };
}

function fakeWatcher() {
  return Object.assign(new EventEmitter(), { add: vi.fn() });
}

const SEED = 'content/issues/2021-04-09.txt';
let dir: string;

function tempContentDir(): string {
  dir = mkdtempSync(join(tmpdir(), 'issues-'));
  copyFileSync(SEED, join(dir, '2021-04-09.txt'));
  return dir;
}

afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('contentDir', () => {
  it('reads ARCHIVE_CONTENT_DIR, defaulting to content/issues', () => {
    expect(contentDir({ ARCHIVE_CONTENT_DIR: '/tmp/bench' })).toBe('/tmp/bench');
    expect(contentDir({})).toBe('content/issues');
  });
});

describe('issueLoader', () => {
  it('stores every issue file of the folder under its id, split by the library', async () => {
    const { entries, context } = fakeContext();
    await issueLoader(tempContentDir()).load(context);
    expect([...entries.keys()]).toEqual(['2021-04-09']);
    const issue = entries.get('2021-04-09')?.data as { date: string; articles: unknown[] };
    expect(issue.date).toBe('2021-04-09');
    expect(issue.articles.length).toBeGreaterThan(0);
  });

  it('in dev, picks up a new file and a deleted one without a restart', async () => {
    const watcher = fakeWatcher();
    const { entries, context } = fakeContext(watcher);
    const folder = tempContentDir();
    await issueLoader(folder).load(context);
    expect(watcher.add).toHaveBeenCalled();

    const added = join(folder, '2021-04-16.txt');
    writeFileSync(
      added,
      '---\ndate: 2021-04-16\nmasthead: 大同日报·走近平城\npage: 5\n---\n新的一期\n\n正文第一段。\n',
    );
    watcher.emit('add', added);
    expect(entries.has('2021-04-16')).toBe(true);

    rmSync(added);
    watcher.emit('unlink', added);
    expect(entries.has('2021-04-16')).toBe(false);
  });

  it('ignores changes to files outside the content folder', async () => {
    const watcher = fakeWatcher();
    const { entries, context } = fakeContext(watcher);
    await issueLoader(tempContentDir()).load(context);
    watcher.emit('change', '/somewhere/else/2021-04-09.txt');
    watcher.emit('change', join(dir, 'notes.md'));
    expect([...entries.keys()]).toEqual(['2021-04-09']);
  });

  it('keeps the dev server running when an edited file is broken, and says which file', async () => {
    const watcher = fakeWatcher();
    const { context } = fakeContext(watcher);
    const folder = tempContentDir();
    await issueLoader(folder).load(context);
    const broken = join(folder, '2021-04-23.txt');
    writeFileSync(broken, '---\ndate: 2021-02-30\nmasthead: x\npage: 5\n---\n正文\n');
    expect(() => watcher.emit('add', broken)).not.toThrow();
    expect(context.logger.error).toHaveBeenCalledWith(expect.stringContaining('2021-04-23.txt'));
    expect(context.logger.info).toHaveBeenCalledWith(`left out ${broken} until its errors are fixed`);
  });

  it('in dev, starts with a broken file reported and left out, the others served', async () => {
    const folder = tempContentDir();
    writeFileSync(join(folder, '2021-04-23.txt'), '---\ndate: 2021-02-30\nmasthead: x\npage: 5\n---\n正文\n');
    const { entries, context } = fakeContext(fakeWatcher());
    await issueLoader(folder).load(context);
    expect([...entries.keys()]).toEqual(['2021-04-09']);
    expect(context.logger.error).toHaveBeenCalledWith(
      `${folder}/2021-04-23.txt:2: error: \`date\` (出版日期): “2021-02-30” is not a date in the calendar: February 2021 has 28 days [front-matter-invalid]\n  hint: Check the date printed on the page.`,
    );
  });

  it('in a build, stops on the same file with check’s message and stores nothing', async () => {
    const folder = tempContentDir();
    writeFileSync(join(folder, '2021-04-23.txt'), '---\ndate: 2021-02-30\nmasthead: x\npage: 5\n---\n正文\n');
    const { entries, context } = fakeContext();
    await expect(issueLoader(folder).load(context)).rejects.toThrow(
      `${folder}/2021-04-23.txt:2: error: \`date\` (出版日期): “2021-02-30” is not a date in the calendar`,
    );
    expect([...entries.keys()]).toEqual([]);
  });
});

describe('issueLoader file paths', () => {
  it('records a project-relative file path inside the project, and none for a folder outside it', async () => {
    const inside = fakeContext();
    const stored: Array<{ id: string; filePath?: string }> = [];
    inside.context.store.set = ((entry: { id: string; filePath?: string }) => (stored.push(entry), true)) as never;
    await issueLoader('content/issues').load(inside.context);
    expect(stored[0]?.filePath).toMatch(/^content\/issues\/.+\.txt$/);

    stored.length = 0;
    await issueLoader(tempContentDir()).load(inside.context);
    expect(stored[0]?.filePath).toBeUndefined();
  });
});
