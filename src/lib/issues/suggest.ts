/**
 * “Did you mean …?” for names an editor types: front-matter keys, masthead names. Suggests the known
 * name closest in edit distance (case, `_` and `-` ignored), or the English key for the Chinese word an
 * editor might write instead (日期 → date).
 */

/** Chinese words editors use for the front-matter fields (see FIELD_HELP in front-matter.ts). */
const CHINESE_KEY_ALIASES: Readonly<Record<string, string>> = {
  日期: 'date',
  出版日期: 'date',
  版名: 'masthead',
  报头: 'masthead',
  版次: 'page',
  版面: 'page',
  版: 'page',
  标题: 'title',
  备注: 'note',
  日期说明: 'dateNote',
};

/** Edits (insert, delete, substitute, swap two neighbours) between two names: “dte” → “date” is 1. */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

const fold = (name: string) => name.toLowerCase().replace(/[-_\s]/g, '');

/** The closest known name within a third of its length in edits (at least one), or null. */
export function suggestName<T extends string>(written: string, known: readonly T[]): T | null {
  let best: T | null = null;
  let bestDistance = Infinity;
  for (const name of known) {
    const distance = editDistance(fold(written), fold(name));
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
    }
  }
  return best !== null && bestDistance <= Math.max(1, Math.floor(best.length / 3)) ? best : null;
}

export function suggestKey<T extends string>(written: string, known: readonly T[]): T | null {
  const alias = CHINESE_KEY_ALIASES[written.trim()];
  if (alias && (known as readonly string[]).includes(alias)) return alias as T;
  return suggestName(written, known);
}
