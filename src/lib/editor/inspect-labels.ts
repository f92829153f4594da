/**
 * The split inspector's words for editors: each line role and each kind of warning in the terms of the
 * newsroom. The splitter's reasons and `npm run check`'s messages are shown as they are written; a
 * warning this table does not know is shown by its rule id.
 */
import type { Diagnostic, LineRole } from '../schema.ts';

export const ROLE_LABELS: Readonly<Record<LineRole, string>> = {
  rubric: '栏目',
  overline: '引题',
  headline: '标题',
  subtitle: '副题',
  byline: '署名',
  intertitle: '小标题',
  body: '正文',
  caption: '图片说明',
  credit: '图片署名',
  furniture: '版面元素',
  duplicate: '重复行',
  marker: '编辑标记',
};

export const SEVERITY_LABELS: Readonly<Record<Diagnostic['severity'], string>> = {
  error: '错误',
  warning: '警告',
  info: '提示',
};

const RULE_TITLES: Readonly<Record<string, string>> = {
  'derived-headline': '没有印出的标题，用首句代替',
  'long-headline': '标题过长',
  'empty-article': '稿件没有正文',
  'orphan-caption': '图片说明不属于任何稿件',
  'duplicate-line': '逐字重复的一行，已略去',
  'unknown-markup': '不认识的编辑标记',
  'dangling-markup': '编辑标记下面没有文字',
  'lost-text': '有文字没有进入任何稿件',
  'splitter-crash': '拆分程序出错',
  'file-name': '文件名与日期不符',
  'masthead-unknown': '版名不认识',
  'masthead-date': '版名与日期不符',
  'not-utf8': '文件不是 UTF-8 编码',
  'duplicate-page': '同一版有两个文件',
  'missing-front-matter': '缺少文件头',
  'empty-file': '空文件',
  'empty-page': '文件头下面没有版面文字',
};

export function ruleTitle(ruleId: string): string {
  return RULE_TITLES[ruleId] ?? ruleId;
}
