/**
 * Builds the site once, exactly as `npm run build` does (Astro, then the search index) but with a non-root base path
 * (BASE_PATH=/pingcheng-archive/, as on a GitHub project site) into test-results/site, then serves it
 * on a loopback port under that prefix. Set TEST_SITE_REUSE=1 to skip the build and reuse the last one.
 * The archive is a copy of content/issues with a printed page (PNG and PDF) beside one issue, as an
 * editor would add it (page-image-fixture.ts); without Chromium there is no image and no browser test.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeSearchIndex } from '../../src/lib/site/search/write-index.ts';
import { createStaticServer } from '../../src/lib/site/static-server.ts';
import { writePageImageArchive } from './page-image-fixture.ts';
import { hasChromium } from './site.ts';

const BASE_PATH = '/pingcheng-archive/';
const SITE_DIR = resolve('test-results/site');
/** The issue that gets a printed page beside it. */
const PAGE_IMAGE_ISSUE = '2021-04-09';

/** Vitest's own variables (VITEST, NODE_ENV=test) would make `astro build` a dev-mode build. */
function buildEnvironment(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const inherited = Object.entries(process.env).filter(([key]) => !key.startsWith('VITEST') && key !== 'NODE_ENV');
  return { ...Object.fromEntries(inherited), ...env };
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: buildEnvironment(env) });
}

export default async function setup(project: TestProject) {
  if (!(process.env['TEST_SITE_REUSE'] === '1' && existsSync(`${SITE_DIR}/index.html`))) {
    const env = {
      ...(hasChromium ? { ARCHIVE_CONTENT_DIR: await writePageImageArchive(PAGE_IMAGE_ISSUE) } : {}),
      BASE_PATH,
      SITE_URL: 'https://example.github.io',
      ARCHIVE_REPO_URL: 'https://github.com/example/pingcheng-archive',
    };
    run('npx', ['astro', 'build', '--outDir', SITE_DIR], env);
    await writeSearchIndex(SITE_DIR);
  }
  const server = createStaticServer(SITE_DIR, BASE_PATH);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  project.provide('siteDir', SITE_DIR);
  project.provide('siteOrigin', `http://127.0.0.1:${port}`);
  project.provide('basePath', BASE_PATH);
  project.provide('pageImageIssue', PAGE_IMAGE_ISSUE);
  return () => new Promise<void>((done) => server.close(() => done()));
}
