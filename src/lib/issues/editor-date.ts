/**
 * Dates as editors type them. The archive stores ISO dates (2021-04-09); editors copy dates from the
 * printed page (2021年4月9日) or from Windows (2021/4/9). Those are refused, never guessed, but the
 * message says the exact ISO form to write, and an impossible date says why it is impossible.
 */
import { isoDateSchema } from '../schema.ts';

export interface DateProblem {
  message: string;
  hint: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Year, month and day in the orders Chinese pages and Windows write them: 2021年4月9日, 2021/4/9, 2021.4.9, 20210409. */
const YEAR_MONTH_DAY = /^(\d{4})\s*(?:年|[-/.])\s*(\d{1,2})\s*(?:月|[-/.])\s*(\d{1,2})\s*(?:日|号)?$/;
const COMPACT_YEAR_MONTH_DAY = /^(\d{4})(\d{2})(\d{2})$/;
const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const pad = (value: number) => String(value).padStart(2, '0');

/** Why year-month-day is not in the calendar, or null when it is. */
function impossibility(year: number, month: number, day: number): string | null {
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${MONTHS[month - 1]} ${year} has ${days} days`;
  return null;
}

/** Null when `written` is a real date in ISO form; otherwise what is wrong and what to write. */
export function describeDateProblem(written: string): DateProblem | null {
  if (isoDateSchema.safeParse(written).success) return null;
  const text = written.normalize('NFKC').trim();
  const parts = YEAR_MONTH_DAY.exec(text) ?? COMPACT_YEAR_MONTH_DAY.exec(text);
  if (!parts) {
    return {
      message: `“${written}” is not a date written as YYYY-MM-DD`,
      hint: 'Write the date printed on the page as year-month-day with two-digit month and day, e.g. 2024-02-02.',
    };
  }
  const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const wrong = impossibility(year, month, day);
  if (wrong)
    return {
      message: `“${written}” is not a date in the calendar: ${wrong}`,
      hint: 'Check the date printed on the page.',
    };
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (ISO_SHAPE.test(text) && text === iso) return null;
  return {
    message: `“${written}” is not written as YYYY-MM-DD: write it as ${iso}`,
    hint: `Write it as ${iso} (year-month-day, two-digit month and day).`,
  };
}
