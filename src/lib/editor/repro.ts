/**
 * Reproducible builds: two builds of the same input should be byte-identical. These pure functions
 * compare two output trees (relative path → file bytes) and say where they differ, so
 * scripts/repro-check.ts can show a reviewer the first differing bytes of each file.
 */
import { createHash } from 'node:crypto';

export type Tree = ReadonlyMap<string, Uint8Array>;

export interface TreeDifference {
  /** Files only the first build wrote. */
  onlyInFirst: string[];
  onlyInSecond: string[];
  /** Files both builds wrote with different bytes. */
  changed: string[];
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function compareTrees(first: Tree, second: Tree): TreeDifference {
  const sorted = (paths: Iterable<string>) => [...paths].sort();
  return {
    onlyInFirst: sorted([...first.keys()].filter((path) => !second.has(path))),
    onlyInSecond: sorted([...second.keys()].filter((path) => !first.has(path))),
    changed: sorted(
      [...first.keys()].filter((path) => second.has(path) && sha256(first.get(path)!) !== sha256(second.get(path)!)),
    ),
  };
}

export const isIdentical = (difference: TreeDifference) =>
  difference.onlyInFirst.length + difference.onlyInSecond.length + difference.changed.length === 0;

export interface ByteDifference {
  offset: number;
  /** A few bytes either side of the offset in each file, printable. */
  first: string;
  second: string;
}

const CONTEXT = 32;

function printable(bytes: Uint8Array): string {
  return [...bytes].map((byte) => (byte >= 0x20 && byte < 0x7f ? String.fromCharCode(byte) : '.')).join('');
}

/** Where two files first differ (null when equal), with context for a human. */
export function firstDifference(first: Uint8Array, second: Uint8Array): ByteDifference | null {
  const length = Math.min(first.length, second.length);
  let offset = 0;
  while (offset < length && first[offset] === second[offset]) offset++;
  if (offset === length && first.length === second.length) return null;
  const from = Math.max(0, offset - CONTEXT);
  return {
    offset,
    first: printable(first.subarray(from, offset + CONTEXT)),
    second: printable(second.subarray(from, offset + CONTEXT)),
  };
}

export function formatTreeDifference(difference: TreeDifference, first: Tree, second: Tree): string {
  if (isIdentical(difference)) return `the two builds are byte-identical (${first.size} files)`;
  const out: string[] = [];
  const total = difference.onlyInFirst.length + difference.onlyInSecond.length + difference.changed.length;
  out.push(`the two builds differ in ${total} of ${new Set([...first.keys(), ...second.keys()]).size} files:`);
  for (const path of difference.onlyInFirst) out.push(`  only in the first build:  ${path}`);
  for (const path of difference.onlyInSecond) out.push(`  only in the second build: ${path}`);
  for (const path of difference.changed) {
    const at = firstDifference(first.get(path)!, second.get(path)!);
    out.push(
      `  changed: ${path} (${first.get(path)!.length} → ${second.get(path)!.length} bytes, first difference at byte ${at?.offset})`,
    );
    if (at) out.push(`    first:  ${at.first}`, `    second: ${at.second}`);
  }
  return out.join('\n');
}
