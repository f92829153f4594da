/**
 * 大同日报's weekly 平城 page (今日平城, from April 2021 走近平城): the city-paper conventions, plus the
 * paper's own name and the columns and beat words of the district it covers. Words here come from the
 * page's standing columns and campaigns, which only make sense on this page; anything every city paper
 * does belongs in city-paper.ts.
 */
import { cityPaper } from './city-paper.ts';
import { extendProfile } from '../../lib/split/profile.ts';

export const datongPingcheng = extendProfile(cityPaper, {
  id: 'datong-pingcheng',
  name: '大同日报·平城',
  selfNames: ['大同日报'],
  // 山西日报 is the provincial paper whose reports the page reprints with their lead.
  wireAgencies: ['山西日报'],
  // The page's standing columns: 聚焦…, 走进…, …一线; and its own banner, 今日平城 (to March 2021), then 走近平城.
  rubricCues: ['聚焦', '走进', '一线', '今日平城', '走近平城'],
  // The district's campaigns: 双百工程 (a Party-building programme), 行政区划 (the 2018 merger of districts).
  sectionCues: { 时政: ['双百工程'], 基层治理: ['行政区划', '档案'] },
});
