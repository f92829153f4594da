/**
 * `npm run build` on a folder with a broken issue: the real Astro build stops at the content loader
 * with check's message and no stack trace, and the last good site stays in place.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recoverDirectory } from '../../src/lib/fs/atomic-write.ts';

describe('npm run build', () => {
  it('stops on a broken issue with its file and line, and keeps the last good site', () => {
    const root = mkdtempSync(join(tmpdir(), 'build-'));
    const issues = join(root, 'issues');
    mkdirSync(issues);
    writeFileSync(
      join(issues, '2021-04-09.txt'),
      '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n@@ headlin\n标题\n\n本报讯 正文。\n',
    );
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the last good site');

    const result = spawnSync(process.execPath, ['scripts/build.ts', '--outDir', dist], {
      env: { ...process.env, ARCHIVE_CONTENT_DIR: issues, FORCE_COLOR: '0', NO_COLOR: '1' },
      encoding: 'utf8',
    });
    const output = `${result.stdout}${result.stderr}`.replaceAll(issues, 'DIR');
    expect(result.status).toBe(1);
    expect(output).toContain(
      'DIR/2021-04-09.txt:6: error: unknown correction markup `@@ headlin` [unknown-markup]\n  hint: Known markup: @@ article,',
    );
    expect(output).not.toMatch(/^\s+at /m);
    expect(output).not.toContain('src/lib/');
    expect(output).toContain(`The build failed; ${dist}/ still holds the last site that built.`);
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(root).sort()).toEqual(['dist', 'issues']);
  }, 60_000);

  it('leaves the last good site in place when killed halfway, and clears the half build next time', async () => {
    const root = mkdtempSync(join(tmpdir(), 'build-'));
    const dist = join(root, 'dist');
    mkdirSync(dist);
    writeFileSync(join(dist, 'index.html'), 'the last good site');
    // Its own process group, so the kill reaches Astro under the build script and nothing else.
    const child = spawn(process.execPath, ['scripts/build.ts', '--outDir', dist], { detached: true, stdio: 'ignore' });
    const started = () => readdirSync(root).some((name) => name.startsWith('dist.next-'));
    while (!started() && child.exitCode === null) await new Promise((done) => setTimeout(done, 50));
    process.kill(-child.pid!, 'SIGKILL');
    await new Promise((done) => child.once('exit', done));
    expect(readFileSync(join(dist, 'index.html'), 'utf8')).toBe('the last good site');
    expect(readdirSync(root).some((name) => name.startsWith('dist.next-'))).toBe(true);

    recoverDirectory(dist);
    expect(readdirSync(root)).toEqual(['dist']);
    expect(existsSync(join(dist, 'index.html'))).toBe(true);
  }, 60_000);
});
