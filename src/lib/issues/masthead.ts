/**
 * Which masthead (版名) the page carried on a date. The 平城 page was 大同日报·今日平城 from its launch
 * and was renamed 大同日报·走近平城 in its first-anniversary issue of 2021-04-09 (the names are in
 * src/config/sections.ts).
 */
import { MASTHEADS } from '../../config/sections.ts';

export const MASTHEAD_RENAMED = '2021-04-09';

export function mastheadFor(date: string): string {
  return date < MASTHEAD_RENAMED ? MASTHEADS[0] : MASTHEADS[1];
}
