import { describe, expect, it } from 'vitest';
import { formatSplitReport } from '../../../src/lib/editor/report.ts';
import { readIssueFile } from '../../../src/lib/issues/issue-file.ts';
import { utf8 } from '../../helpers/encode.ts';

const FRONT_MATTER = '---\ndate: 2021-04-09\nmasthead: 大同日报·走近平城\npage: 5\n---\n';

describe('formatSplitReport', () => {
  it('lists a dropped repeated line and removed control characters among the warnings', () => {
    const page =
      '平城区举办科普活动\n\n本报讯（记者 张三）活动\u0001现场热闹。\n\n本报讯（记者 张三）活动\u0001现场热闹。\n';
    const report = formatSplitReport(readIssueFile({ source: 'a.txt', bytes: utf8(FRONT_MATTER + page) }));
    const warnings = report.slice(report.indexOf('warnings:'));
    expect(warnings).toContain(
      'a.txt:10: warning: dropped a word-for-word repeat of line 8 [duplicate-line]\n    hint: If the page really prints this twice, put `@@ body` above the repeat.',
    );
    expect(warnings).toContain(
      'a.txt:8: warning: removed a control character (U+0001) from this line: they are not text, and no reader sees them [control-character]',
    );
  });

  it('cuts a block’s first words between characters, never inside an Extension B character', () => {
    const page = `本报讯（记者 张三）${'𠀀'.repeat(40)}。\n`;
    const report = formatSplitReport(readIssueFile({ source: 'a.txt', bytes: utf8(FRONT_MATTER + page) }));
    expect(report).not.toMatch(/\p{Cs}|\ufffd/u);
    expect(report).toContain(`${'𠀀'.repeat(14)}…`);
  });
});
