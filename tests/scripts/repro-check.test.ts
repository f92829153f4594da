/** `npm run repro` end to end, with stand-in build commands in a temporary folder. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = resolve('scripts/repro-check.ts');

function repro(build: string) {
  const cwd = mkdtempSync(join(tmpdir(), 'repro-test-'));
  const command = `"${process.execPath}" -e "${build}"`;
  const result = spawnSync(process.execPath, [SCRIPT, '--dir', 'out', command], { cwd, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout.replace(/\(both builds kept in .*\)/, '(kept)') };
}

const write = (content: string) =>
  `const fs=require('fs');fs.mkdirSync('out/sub',{recursive:true});fs.writeFileSync('out/index.html','<p>same</p>');fs.writeFileSync('out/sub/a.txt',${content})`;

describe('npm run repro', () => {
  it('exits 0 when two builds are byte-identical', () => {
    expect(repro(write("'fixed'"))).toEqual({
      status: 0,
      stdout: 'the two builds are byte-identical (2 files)\n(kept)\n',
    });
  });

  it('exits 1 and names the file that differs', () => {
    const result = repro(write('String(process.hrtime.bigint())'));
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^the two builds differ in 1 of 2 files:\n {2}changed: sub\/a\.txt/);
  });

  it('exits 1 when the build fails', () => {
    expect(repro('process.exit(3)').status).toBe(1);
  });
});
