/**
 * npm run repro [-- --dir dist] [-- COMMAND…]
 *
 * Builds the site twice (default command: npm run build), keeps a copy of the output folder after each
 * build, and lists the files that differ, with their first differing bytes. Exit 0 when the builds are
 * byte-identical, 1 when they differ or a build fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { compareTrees, formatTreeDifference, isIdentical, type Tree } from '../src/lib/editor/repro.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { dir: { type: 'string', default: 'dist' } },
});
const command = positionals.length > 0 ? positionals.join(' ') : 'npm run build';

function readTree(root: string): Tree {
  const tree = new Map<string, Uint8Array>();
  for (const entry of readdirSync(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    tree.set(relative(root, path), readFileSync(path));
  }
  return tree;
}

function buildOnce(round: number, keep: string): Tree {
  console.error(`build ${round}: ${command}`);
  rmSync(values.dir, { recursive: true, force: true });
  const result = spawnSync(command, { shell: true, stdio: ['ignore', 'ignore', 'inherit'] });
  if (result.status !== 0) throw new Error(`build ${round} failed (exit ${result.status}): ${command}`);
  cpSync(values.dir, keep, { recursive: true });
  return readTree(keep);
}

try {
  const work = mkdtempSync(join(tmpdir(), 'repro-'));
  const first = buildOnce(1, join(work, 'first'));
  const second = buildOnce(2, join(work, 'second'));
  const difference = compareTrees(first, second);
  console.log(formatTreeDifference(difference, first, second));
  console.log(`(both builds kept in ${work})`);
  process.exitCode = isIdentical(difference) ? 0 : 1;
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
