/**
 * What the browser tests share: where the built site is, its base path, the dataset it was built
 * from, and Chromium (or a loud skip without it, and a failure in CI).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { describe, inject } from 'vitest';
import type { Dataset } from '../../src/lib/site/dataset.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    siteDir: string;
    siteOrigin: string;
    basePath: string;
    /** The issue built with a printed page (PNG and PDF) beside it. */
    pageImageIssue: string;
  }
}

export const CHROMIUM = '/usr/bin/chromium';

export function site() {
  const basePath = inject('basePath');
  const origin = inject('siteOrigin');
  return {
    dir: inject('siteDir'),
    basePath,
    origin,
    /** Absolute URL of a site-relative path: `articles/x/` → http://127.0.0.1:port/pingcheng-archive/articles/x/ */
    url: (path = '') => `${origin}${basePath}${path}`,
  };
}

export function dataset(): Dataset {
  return JSON.parse(readFileSync(join(site().dir, 'data', 'archive.json'), 'utf8')) as Dataset;
}

export const hasChromium = existsSync(CHROMIUM);

if (!hasChromium) {
  const message = `${CHROMIUM} not found: the browser tests cannot run. Install it with: apt-get install -y chromium fonts-noto-cjk`;
  if (process.env['CI'] === 'true') throw new Error(`${message} (CI=true: a missing browser is a failure)`);
  console.warn(`\n${'!'.repeat(78)}\n!! SKIPPING BROWSER TESTS — ${message}\n${'!'.repeat(78)}\n`);
}

/** `describe` when Chromium is installed, `describe.skip` (after the warning above) when not. */
export const describeInBrowser = hasChromium ? describe : describe.skip;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}
