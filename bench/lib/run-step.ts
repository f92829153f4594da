/**
 * Runs one step of the benchmark as a child process under GNU time (`/usr/bin/time -v`), which reports
 * the peak resident memory of the largest process in the step's tree (Astro's Node, Pagefind's native
 * binary under its npm wrapper). Without GNU time the step still runs and is timed; its memory is
 * reported as unknown, and the benchmark says how to install it.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';

export const GNU_TIME = '/usr/bin/time';

export interface StepResult {
  seconds: number;
  /** Peak resident set size in bytes, or null when GNU time is missing. */
  peakBytes: number | null;
  exitCode: number;
}

/** Reads `Maximum resident set size (kbytes): 123` from GNU time's verbose report. */
export function parsePeakMemory(report: string): number | null {
  const match = /Maximum resident set size \(kbytes\):\s*(\d+)/.exec(report);
  return match ? Number(match[1]) * 1024 : null;
}

export function hasGnuTime(): boolean {
  return existsSync(GNU_TIME);
}

/** Runs `command args…`, its output going to `logFile` (GNU time's report included, at the end). */
export function runStep(
  command: string,
  args: readonly string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string; logFile: string },
): Promise<StepResult> {
  const timed = hasGnuTime();
  const log = createWriteStream(options.logFile);
  const started = performance.now();
  const child = spawn(timed ? GNU_TIME : command, timed ? ['-v', command, ...args] : [...args], {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let tail = '';
  child.stdout.pipe(log, { end: false });
  child.stderr.on('data', (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-8_000);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      log.end();
      resolve({
        seconds: (performance.now() - started) / 1000,
        peakBytes: timed ? parsePeakMemory(tail) : null,
        exitCode: code ?? 1,
      });
    });
  });
}
