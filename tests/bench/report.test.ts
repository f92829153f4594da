/** The benchmark's pure helpers: GNU time's report, GitHub Pages' limit, profiles, the table. */
import { describe, expect, it } from 'vitest';
import { articlesThatFit } from '../../bench/lib/output-size.ts';
import { wireBytesOf } from '../../bench/lib/page-weight.ts';
import { hotspots, type CpuProfile } from '../../bench/lib/profile.ts';
import { formatTable } from '../../bench/lib/report.ts';
import { parsePeakMemory } from '../../bench/lib/run-step.ts';

describe('parsePeakMemory', () => {
  it('reads the peak resident memory from GNU time -v, in bytes', () => {
    const report =
      '\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:05.10\n\tMaximum resident set size (kbytes): 433628\n';
    expect(parsePeakMemory(report)).toBe(433628 * 1024);
  });

  it('says null when the report is not there', () => {
    expect(parsePeakMemory('Killed')).toBeNull();
  });
});

describe('articlesThatFit', () => {
  it('divides GitHub Pages’ 1 GB by the output bytes per article', () => {
    expect(articlesThatFit(40_000)).toBe(25_000);
  });
});

describe('wireBytesOf', () => {
  it('gzips text, as GitHub Pages serves it, and leaves Pagefind’s compressed files alone', () => {
    const text = new TextEncoder().encode('平城'.repeat(1000));
    expect(wireBytesOf('a/index.html', text)).toBeLessThan(200);
    expect(wireBytesOf('pagefind/index/zh_1.pf_index', text)).toBe(text.length);
  });
});

describe('hotspots', () => {
  const frame = (functionName: string, url: string, lineNumber = 0) => ({ functionName, url, lineNumber });
  const profile: CpuProfile = {
    nodes: [
      { id: 1, callFrame: frame('(root)', ''), children: [2] },
      { id: 2, callFrame: frame('splitPage', 'file:///src/lib/split/index.ts', 29), children: [3, 4] },
      { id: 3, callFrame: frame('vectorize', 'file:///src/lib/split/similarity.ts', 47) },
      { id: 4, callFrame: frame('post', 'node:inspector') },
    ],
    samples: [2, 3, 3, 3, 4],
    timeDeltas: [10, 10, 10, 10, 1000],
  };

  it('ranks functions by their own time and by time with callees, without the profiler itself', () => {
    const { self, total } = hotspots(profile);
    expect(self[0]).toEqual({ name: 'vectorize similarity.ts:48', share: 0.75 });
    expect(total[0]).toEqual({ name: 'splitPage index.ts:30', share: 1 });
  });
});

describe('formatTable', () => {
  it('prints a Markdown table with the verdict of each target', () => {
    const table = formatTable([
      { metric: 'whole build', archive: '80.0 s', reference: '70.0 s', target: '≤ 90 s', met: true },
    ]);
    expect(table.split('\n')).toHaveLength(3);
    expect(table).toContain('| whole build | 80.0 s  | 70.0 s    | ≤ 90 s | met |');
  });
});
