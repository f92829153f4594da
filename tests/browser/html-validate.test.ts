/**
 * Every built page is valid HTML by html-validate's recommended rules (and its WCAG-minded ones),
 * so markup errors show up as a test failure rather than as a browser quietly repairing them.
 */
import { relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { htmlFiles } from './files.ts';
import { site } from './site.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro scopes component styles with data-astro-cid-* attributes and inlines small stylesheets.
    'no-inline-style': 'off',
    // Chinese punctuation in text is not a typo of an HTML entity.
    'no-raw-characters': 'off',
    // Article bodies carry long unbroken Chinese runs; line length says nothing about validity.
    'long-title': 'off',
  },
});

describe('HTML validity', () => {
  const { dir } = site();

  it('is a validator that does reject broken markup', async () => {
    const report = await validator.validateString(
      '<!doctype html><html lang="zh-CN"><head><title>t</title></head><body><p><div></p></body></html>',
    );
    expect(report.valid).toBe(false);
  });

  it('finds no errors in any built page', async () => {
    const problems: string[] = [];
    for (const file of htmlFiles(dir)) {
      const report = await validator.validateFile(file);
      for (const result of report.results) {
        for (const message of result.messages) {
          problems.push(
            `${relative(dir, file)}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
