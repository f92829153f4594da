/**
 * The benchmark's one table: each measurement beside the minimal reference's and the target issue 5
 * sets for it (targets are judged at 10,000 articles; at other sizes they are shown for orientation).
 */

export interface Row {
  metric: string;
  archive: string;
  reference?: string;
  target?: string;
  /** true = met, false = missed, undefined = no target. */
  met?: boolean | undefined;
}

export const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;
export const MB = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
export const GB = (bytes: number) => `${(bytes / 1e9).toFixed(2)} GB`;
export const seconds = (value: number) => `${value.toFixed(1)} s`;
export const count = (value: number) => (Number.isFinite(value) ? value.toLocaleString('en-US') : '∞');

/** A Markdown table, so the output pastes into docs/benchmark.md as it is. */
export function formatTable(rows: readonly Row[]): string {
  const cells = rows.map((row) => [
    row.metric,
    row.archive,
    row.reference ?? '',
    row.target ?? '',
    row.met === undefined ? '' : row.met ? 'met' : 'MISSED',
  ]);
  const header = ['measure', 'archive', 'reference', 'target', ''];
  const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column]!.length)));
  const line = (cell: readonly string[]) =>
    `| ${cell.map((text, column) => text.padEnd(widths[column]!)).join(' | ')} |`;
  return [line(header), `| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |`, ...cells.map(line)].join('\n');
}
