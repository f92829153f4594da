/**
 * Reads a V8 CPU profile (node --cpu-prof, or node:inspector's Profiler) into the few lines a developer
 * needs: the functions with the most time of their own, and those with the most time including what
 * they call, as shares of the whole, each with its file and line.
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  name: string;
  share: number;
}

function nameOf({ functionName, url, lineNumber }: CallFrame): string {
  const file = url.split('/').pop() || '(native)';
  return `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}`;
}

const IDLE = new Set(['(idle)', '(program)', '(root)']);

/** Samples taken while the profiler itself starts or stops (node:inspector) say nothing about the code. */
function isProfilerFrame(frame: CallFrame): boolean {
  return frame.url === 'node:inspector' || frame.url === 'node:inspector/promises';
}

export function hotspots(profile: CpuProfile, top = 12): { self: Hotspot[]; total: Hotspot[] } {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const time = new Map<number, number>();
  profile.samples.forEach((id, index) => time.set(id, (time.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));

  const self = new Map<string, number>();
  const total = new Map<string, number>();
  let all = 0;
  for (const [id, spent] of time) {
    const frame = byId.get(id)!.callFrame;
    if (IDLE.has(frame.functionName) || isProfilerFrame(frame)) continue;
    const name = nameOf(frame);
    all += spent;
    self.set(name, (self.get(name) ?? 0) + spent);
    // A recursive function counts once per sample in its inclusive time.
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const frame = byId.get(at)!.callFrame;
      const key = nameOf(frame);
      if (IDLE.has(frame.functionName) || seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + spent);
    }
  }
  const rank = (map: Map<string, number>) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, spent]) => ({ name, share: all > 0 ? spent / all : 0 }));
  return { self: rank(self), total: rank(total) };
}
