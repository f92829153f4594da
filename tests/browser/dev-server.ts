/**
 * `astro dev` for the tests of what only the dev server serves (the split inspector): on a free
 * loopback port, under the same base path as the built site, reading the issues of a folder the test
 * owns (ARCHIVE_CONTENT_DIR), so a test can edit a file and watch the page follow.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

export interface DevServer {
  /** Absolute URL of a site-relative path. */
  url: (path?: string) => string;
  stop: () => Promise<void>;
}

const START_TIMEOUT_MS = 120_000;

function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer();
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => done(port));
    });
  });
}

/**
 * The environment of an editor's shell: without vitest's variables, for astro dev serves no pages when
 * it sees VITEST (it expects to be driven by vitest's own Vite server), and without NODE_ENV=test.
 */
function editorsEnvironment(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'NODE_ENV'),
  );
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.pid === undefined) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    // npx starts astro as a child: end the whole process group this test started, by its id.
    process.kill(-child.pid!, 'SIGTERM');
  });
}

export async function startDevServer(contentDir: string, basePath: string): Promise<DevServer> {
  const port = await freePort();
  // --ignore-lock: run beside an editor's own `npm run dev` without stopping it or taking its lock file.
  const args = ['astro', 'dev', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)];
  const child = spawn('npx', args, {
    env: { ...editorsEnvironment(), ARCHIVE_CONTENT_DIR: contentDir, BASE_PATH: basePath },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  // If the test run ends without stopping it (a crash, a timeout), the server must not outlive it.
  const orphanGuard = () => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGTERM');
  process.once('exit', orphanGuard);
  child.once('exit', () => process.off('exit', orphanGuard));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = (path = '') => `http://127.0.0.1:${port}${basePath}${path}`;
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`astro dev exited with ${child.exitCode}:\n${output}`);
    try {
      if ((await fetch(url('_inspect/'))).ok) return { url, stop: () => stopProcess(child) };
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 500));
  }
  await stopProcess(child);
  throw new Error(`astro dev did not serve ${url('_inspect/')} within ${START_TIMEOUT_MS / 1000} s:\n${output}`);
}
