/**
 * Builds the site once, exactly as `npm run build` does (Astro, then the search index) but with a non-root base path
 * (BASE_PATH=/pingcheng-archive/, as on a GitHub project site) into test-results/site, then serves it
 * on a loopback port under that prefix. Set TEST_SITE_REUSE=1 to skip the build and reuse the last one.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { writeSearchIndex } from '../../src/lib/site/search/write-index.ts';
import { createStaticServer } from '../../src/lib/site/static-server.ts';

const BASE_PATH = '/pingcheng-archive/';
const SITE_DIR = resolve('test-results/site');

function run(command: string, args: string[], env: NodeJS.ProcessEnv): void {
  execFileSync(command, args, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ...env } });
}

export default async function setup(project: TestProject) {
  if (!(process.env['TEST_SITE_REUSE'] === '1' && existsSync(`${SITE_DIR}/index.html`))) {
    const env = {
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
  return () => new Promise<void>((done) => server.close(() => done()));
}
