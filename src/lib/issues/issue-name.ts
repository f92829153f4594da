/**
 * Issue file names: `2021-04-09.txt` for a date's only page, `2021-04-09-p6.txt` when the archive holds
 * more than one page of that date. The name becomes the issue's id and its address on the site.
 */

export const ISSUE_FILE_NAME = /^(\d{4}-\d{2}-\d{2})(?:-p(\d+))?\.txt$/;

/** Date and page of an issue already in the archive, for naming a new one. */
export interface ExistingIssue {
  /** File name, e.g. 2021-04-09.txt. */
  name: string;
  date: string | null;
  page: number | null;
}

export type NameChoice = { ok: true; name: string } | { ok: false; clash: ExistingIssue };

/**
 * `<date>.txt` while the date has no other page, else `<date>-p<page>.txt`; a clash when the archive
 * already holds this date and page (or the name is taken).
 */
export function chooseIssueFileName(date: string, page: number, existing: readonly ExistingIssue[]): NameChoice {
  const sameDate = existing.filter((issue) => issue.date === date || ISSUE_FILE_NAME.exec(issue.name)?.[1] === date);
  const samePage = sameDate.find((issue) => issue.page === page);
  if (samePage) return { ok: false, clash: samePage };
  const name = sameDate.length === 0 ? `${date}.txt` : `${date}-p${page}.txt`;
  const taken = existing.find((issue) => issue.name === name);
  return taken ? { ok: false, clash: taken } : { ok: true, name };
}
