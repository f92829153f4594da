import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseReporterAliases, reporterResolver } from '../../../src/lib/site/reporter-aliases.ts';
import { thrown } from '../../helpers/thrown.ts';

const FILE = 'content/reporters.yaml';

describe('parseReporterAliases', () => {
  it('reads the editors’ file shipped with the archive', () => {
    const entries = parseReporterAliases(readFileSync(FILE, 'utf8'), FILE);
    const resolve = reporterResolver(entries);
    expect(resolve('邸东芳')).toBe(resolve('邱东芳'));
    expect(resolve('张诗玮')).toBe(resolve('张诗珩'));
  });

  it('reads a list of names with their other spellings and an optional note', () => {
    const text =
      '# 记者别名\n- name: 邱东芳\n  aliases: [邸东芳]\n  note: 一期误排\n- name: 张诗珩\n  aliases:\n    - 张诗玮\n';
    expect(parseReporterAliases(text, FILE)).toEqual([
      { name: '邱东芳', aliases: ['邸东芳'], note: '一期误排' },
      { name: '张诗珩', aliases: ['张诗玮'] },
    ]);
    expect(parseReporterAliases('# nothing yet\n', FILE)).toEqual([]);
  });

  it('refuses a spelling listed under two reporters, naming the file and line', () => {
    const text = '- name: 邱东芳\n  aliases: [邸东芳]\n- name: 邸东芳\n  aliases: [丘东芳]\n';
    const error = thrown(() => parseReporterAliases(text, FILE));
    expect(error).toMatchObject({ ruleId: 'reporter-aliases', file: FILE, line: 2 });
    expect(error.message).toContain('邸东芳 is listed twice');
  });

  it('refuses an entry without aliases or with an unknown key, saying which entry', () => {
    const missing = thrown(() => parseReporterAliases('- name: 邱东芳\n', FILE));
    expect(missing).toMatchObject({ ruleId: 'reporter-aliases', line: 1 });
    expect(missing.message).toContain('entry 1 (aliases)');
    const unknown = thrown(() => parseReporterAliases('- name: 邱东芳\n  alias: [邸东芳]\n', FILE));
    expect(unknown.ruleId).toBe('reporter-aliases');
    expect(unknown.message).toContain('entry 1');
  });

  it('refuses broken YAML with its line', () => {
    const error = thrown(() => parseReporterAliases('- name: 邱东芳\n  aliases: [邸东芳\n', FILE));
    expect(error).toMatchObject({ ruleId: 'reporter-aliases', file: FILE });
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toMatch(/^not valid YAML/);
  });

  it('refuses a mapping where a list is expected', () => {
    const error = thrown(() => parseReporterAliases('邱东芳: [邸东芳]\n', FILE));
    expect(error.ruleId).toBe('reporter-aliases');
  });
});
