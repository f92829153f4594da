/**
 * npm run bench -- --issues N | --articles N [--seed S] [--out bench-out/NAME] [--profile] [--repeat R]
 *                  [--index-by-year] [--pagefind-memory-cap GB] [--skip-reference] [--skip-browser]
 *
 * Builds a synthetic archive end to end and prints one table (docs/benchmark.md explains it):
 * split throughput in-process, then `astro build` and `pagefind` of the site and of the minimal
 * reference (bench/reference), each a child process under GNU time for its peak memory, output bytes,
 * and what Chromium downloads for one article page and for one search. --profile adds CPU profiles of
 * the split and of our Astro build, summarised as hotspots. --repeat R builds site and reference R
 * times, alternately, and keeps each step's fastest time (a fair ratio on a busy machine).
 * --index-by-year runs Pagefind once per year (a bundle in pagefind/YYYY/ each, to be merged at search
 * time with mergeIndex): how an archive too big for one Pagefind run is indexed.
 * Pagefind runs under an address-space cap (default 12 GB) so a run too big for the machine fails alone
 * instead of pushing other processes out of memory.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { harvestMaterial, synthesizeIssue } from '../bench/lib/index.ts';
import { articlesThatFit, measureOutput, type OutputSize } from '../bench/lib/output-size.ts';
import { CHROMIUM, measureBundleSearch, measurePageWeights } from '../bench/lib/page-weight.ts';
import { hotspots, type CpuProfile } from '../bench/lib/profile.ts';
import { count, formatTable, GB, kB, MB, seconds, type Row } from '../bench/lib/report.ts';
import { GNU_TIME, hasGnuTime, runStep, type StepResult } from '../bench/lib/run-step.ts';
import { writeSyntheticArchive } from '../bench/lib/write-archive.ts';
import { ArchiveError, formatDiagnostic } from '../src/lib/errors.ts';
import { readIssueFile } from '../src/lib/issues/issue-file.ts';
import { exactQuery } from '../src/lib/site/search/text.ts';
import { ISSUES_DIR, issueFilesIn, loadIssues } from '../src/lib/issues/load-issues.ts';

const TARGET = {
  articles: 10_000,
  ratio: 1.3,
  wholeBuild: 90,
  memory: 3e9,
  search: 150_000,
  article: 40_000,
  split: 20,
};
const SEARCH_QUERY = '基层治理';
/** The same query as the search page asks it of an index with one character to a word (query.ts). */
const BUNDLE_QUERY = exactQuery(SEARCH_QUERY);
const MARKER = '.bench-run';

const { values } = parseArgs({
  options: {
    issues: { type: 'string' },
    articles: { type: 'string' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string' },
    profile: { type: 'boolean', default: false },
    'skip-reference': { type: 'boolean', default: false },
    'skip-browser': { type: 'boolean', default: false },
    repeat: { type: 'string', default: '1' },
    'index-by-year': { type: 'boolean', default: false },
    'pagefind-memory-cap': { type: 'string', default: '12' },
  },
});

const say = (message: string) => console.error(`[bench] ${message}`);

/** Issues needed for about `articles` articles, from the splitter's count on a sample of synthetic pages. */
function issuesForArticles(articles: number, seed: number): number {
  const material = harvestMaterial(loadIssues(ISSUES_DIR));
  const sample = 40;
  let found = 0;
  for (let index = 0; index < sample; index += 1) {
    const issue = synthesizeIssue(material, index, { issues: sample, seed });
    found += readIssueFile({ source: issue.fileName, bytes: Buffer.from(issue.text) }).articles.length;
  }
  return Math.max(1, Math.round(articles / (found / sample)));
}

/** A work folder the benchmark made itself may be emptied; anything else is refused. */
function prepareWorkDir(dir: string): void {
  if (existsSync(dir) && readdirSync(dir).length > 0) {
    if (!existsSync(join(dir, MARKER)))
      throw new Error(`${dir} exists and was not made by the benchmark; choose another --out`);
    rmSync(dir, { recursive: true, force: true });
  }
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, MARKER), 'made by npm run bench; safe to delete\n');
}

interface SplitResult {
  bytes: number;
  seconds: number;
  articles: number;
  issues: number;
  profile: CpuProfile | null;
}

/** The splitter in this process, as the content loader runs it: decode, front matter, split, schema. */
async function measureSplit(dir: string, profile: boolean): Promise<SplitResult> {
  const session = profile ? new Session() : null;
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.start');
  }
  const result: SplitResult = { bytes: 0, seconds: 0, articles: 0, issues: 0, profile: null };
  for (const path of issueFilesIn(dir)) {
    const bytes = readFileSync(path);
    const started = performance.now();
    const issue = readIssueFile({ source: path, bytes });
    result.seconds += (performance.now() - started) / 1000;
    result.bytes += bytes.length;
    result.articles += issue.articles.length;
    result.issues += 1;
  }
  if (session) {
    result.profile = ((await session.post('Profiler.stop')) as { profile: CpuProfile }).profile;
    session.disconnect();
  }
  return result;
}

interface Build {
  astro: StepResult;
  pagefind: StepResult;
  pages: number;
  output: OutputSize;
}

const NODE = process.execPath;
const ASTRO = 'node_modules/astro/bin/astro.mjs';
/** The native binary itself (not its npm wrapper), so the memory cap applies to it alone. */
const PAGEFIND = 'node_modules/@pagefind/linux-x64/bin/pagefind_extended';
const SEARCH_INDEX = 'scripts/search-index.ts';

/** Years that have article pages, from the article ids (YYYY-MM-DD-…). */
function yearsIn(siteDir: string): string[] {
  return [...new Set(readdirSync(join(siteDir, 'articles')).map((name) => name.slice(0, 4)))].sort();
}

/**
 * The command that indexes a built site, or one year of it into pagefind/YYYY/: the archive's index is
 * built from its dataset (scripts/search-index.ts, Pagefind's Node API, one character to a word), the
 * reference's by Pagefind crawling its pages.
 */
function indexCommand(name: string, outDir: string, year?: string): string[] {
  if (name === 'site') {
    return [NODE, SEARCH_INDEX, outDir, ...(year ? ['--year', year, '--output-subdir', `pagefind/${year}`] : [])];
  }
  return [
    PAGEFIND,
    '--site',
    outDir,
    ...(year ? ['--glob', `articles/${year}-*/**/*.html`, '--output-subdir', `pagefind/${year}`] : []),
  ];
}

async function runPagefind(name: string, work: string, outDir: string): Promise<StepResult> {
  const capKb = Math.round(Number(values['pagefind-memory-cap']) * 1e6);
  const capped = (command: string[]) => ['-c', `ulimit -v ${capKb} && exec "$0" "$@"`, ...command];
  const logFile = (suffix: string) => join(work, `${name}-pagefind${suffix}.log`);
  if (!values['index-by-year']) {
    say(indexCommand(name, outDir).join(' '));
    const step = await runStep('sh', capped(indexCommand(name, outDir)), { logFile: logFile('') });
    if (step.exitCode !== 0)
      throw new Error(
        `pagefind on ${name} failed (out of memory under the ${values['pagefind-memory-cap']} GB cap?); see ${logFile('')}`,
      );
    return step;
  }
  const total: StepResult = { seconds: 0, peakBytes: 0, exitCode: 0 };
  for (const year of yearsIn(outDir)) {
    say(indexCommand(name, outDir, year).join(' '));
    const step = await runStep('sh', capped(indexCommand(name, outDir, year)), { logFile: logFile(`-${year}`) });
    if (step.exitCode !== 0) throw new Error(`pagefind on ${name}, ${year} failed; see ${logFile(`-${year}`)}`);
    total.seconds += step.seconds;
    total.peakBytes =
      step.peakBytes === null || total.peakBytes === null ? null : Math.max(total.peakBytes, step.peakBytes);
  }
  return total;
}

async function build(
  name: string,
  work: string,
  contentDir: string,
  root: string | null,
  profileDir: string | null,
): Promise<Build> {
  // Absolute: with --root, Astro reads a relative --outDir against that root.
  const outDir = resolve(work, name);
  // The synthetic archive spans twenty years back from 2025 (bench/lib/schedule.ts), before the 平城
  // page's first year: the build's gate must accept those dates.
  const env = { ARCHIVE_CONTENT_DIR: contentDir, ARCHIVE_FIRST_YEAR: '2000', ASTRO_TELEMETRY_DISABLED: '1' };
  const nodeArgs = profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : [];
  const rootArgs = root ? ['--root', root] : [];
  say(`astro build ${root ?? '.'} → ${outDir}`);
  const astro = await runStep(NODE, [...nodeArgs, ASTRO, 'build', ...rootArgs, '--outDir', outDir], {
    env,
    logFile: join(work, `${name}-astro.log`),
  });
  if (astro.exitCode !== 0) throw new Error(`astro build of ${name} failed; see ${join(work, `${name}-astro.log`)}`);
  const pagefind = await runPagefind(name, work, outDir);
  const log = readFileSync(join(work, `${name}-astro.log`), 'utf8');
  const pages = Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? NaN);
  return { astro, pagefind, pages, output: measureOutput(outDir) };
}

/** Each step's fastest time and highest peak over repeated builds. */
function fastest(a: Build, b: Build): Build {
  const step = (x: StepResult, y: StepResult): StepResult => ({
    seconds: Math.min(x.seconds, y.seconds),
    peakBytes: x.peakBytes === null || y.peakBytes === null ? null : Math.max(x.peakBytes, y.peakBytes),
    exitCode: 0,
  });
  return { ...b, astro: step(a.astro, b.astro), pagefind: step(a.pagefind, b.pagefind) };
}

const memory = (step: StepResult) => (step.peakBytes === null ? 'unknown' : GB(step.peakBytes));

function printHotspots(title: string, profile: CpuProfile): void {
  const { self, total } = hotspots(profile, 12);
  const lines = (list: typeof self) =>
    list.map((h) => `  ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.name}`).join('\n');
  console.log(
    `\n${title} — most time of their own:\n${lines(self)}\n${title} — most time including callees:\n${lines(total)}`,
  );
}

async function main(): Promise<void> {
  const seed = Number(values.seed);
  if (!values.issues && !values.articles)
    throw new Error(
      'usage: npm run bench -- --issues N | --articles N [--seed S] [--out bench-out/NAME] [--profile] [--skip-reference] [--skip-browser]',
    );
  const issues = values.issues ? Number(values.issues) : issuesForArticles(Number(values.articles), seed);
  if (!Number.isInteger(issues) || issues < 1 || !Number.isInteger(seed))
    throw new Error('--issues, --articles and --seed take whole numbers');
  // Inside the project and relative: the site's content loader stores paths relative to the project root.
  const work = relative(process.cwd(), values.out ?? join('bench-out', `issues-${issues}-seed-${seed}`));
  if (work.startsWith('..') || work.startsWith('/'))
    throw new Error('--out must be a folder inside the project (the content loader needs paths relative to it)');
  if (!hasGnuTime())
    say(
      `GNU time (${GNU_TIME}) is missing: peak memory will be reported as unknown. Install it with: apt-get install -y time`,
    );
  prepareWorkDir(work);
  const contentDir = join(work, 'issues');

  say(`writing ${issues} synthetic issues (seed ${seed}) to ${contentDir}`);
  const written = writeSyntheticArchive(contentDir, { issues, seed, seedsDir: ISSUES_DIR });

  say('splitting every issue in-process');
  const split = await measureSplit(contentDir, values.profile);
  const splitPeak = process.resourceUsage().maxRSS * 1024;

  const profileDir = values.profile ? join(work, 'astro-profile') : null;
  const repeat = Math.max(1, Number(values.repeat));
  let ours = await build('site', work, contentDir, null, profileDir);
  let reference = values['skip-reference'] ? null : await build('reference', work, contentDir, 'bench/reference', null);
  for (let run = 2; run <= repeat; run += 1) {
    say(`run ${run} of ${repeat}`);
    ours = fastest(ours, await build('site', work, contentDir, null, null));
    if (reference) reference = fastest(reference, await build('reference', work, contentDir, 'bench/reference', null));
  }

  let weights: Awaited<ReturnType<typeof measurePageWeights>> | null = null;
  let phrase: Awaited<ReturnType<typeof measurePageWeights>> | null = null;
  let yearly: {
    newest: Awaited<ReturnType<typeof measureBundleSearch>>;
    all: Awaited<ReturnType<typeof measureBundleSearch>>;
    years: number;
  } | null = null;
  if (values['skip-browser']) say('browser measurements skipped (--skip-browser)');
  else if (values['index-by-year'] && existsSync(CHROMIUM)) {
    // The site's search page loads one bundle; with one per year, measure Pagefind's own API instead.
    say('measuring one search in the newest year’s bundle, and in all years merged with mergeIndex');
    const bundles = yearsIn(join(work, 'site'))
      .reverse()
      .map((year) => `pagefind/${year}/`);
    yearly = {
      newest: await measureBundleSearch(join(work, 'site'), bundles.slice(0, 1), BUNDLE_QUERY),
      all: await measureBundleSearch(join(work, 'site'), bundles, BUNDLE_QUERY),
      years: bundles.length,
    };
  } else if (!existsSync(CHROMIUM))
    say(
      `${CHROMIUM} not found: page weights not measured. Install it with: apt-get install -y chromium fonts-noto-cjk`,
    );
  else {
    say('measuring page weights in Chromium');
    const firstArticle = readdirSync(join(work, 'site', 'articles')).sort()[0];
    const measure = (query: string) =>
      measurePageWeights({
        root: join(work, 'site'),
        articlePath: `/articles/${firstArticle}/`,
        searchPath: `/search/?q=${encodeURIComponent(query)}`,
        resultSelector: '[data-results] li',
      });
    weights = await measure(SEARCH_QUERY);
    // Quoted, the same search since the character index (src/lib/site/search/query.ts); kept so runs compare.
    phrase = await measure(`“${SEARCH_QUERY}”`);
  }

  const articles = split.articles;
  const whole = ours.astro.seconds + ours.pagefind.seconds;
  const refWhole = reference ? reference.astro.seconds + reference.pagefind.seconds : null;
  const ratio = refWhole ? whole / refWhole : null;
  const atTarget = Math.abs(articles - TARGET.articles) / TARGET.articles < 0.1;
  const judge = (met: boolean) => (atTarget ? met : undefined);
  const perArticle = (bytes: number) => kB(bytes / articles);
  const rows: Row[] = [
    {
      metric: 'issues / articles',
      archive: `${count(written.files)} / ${count(articles)}`,
      reference: `${count(written.files)} / ${count(articles)}`,
    },
    { metric: 'raw text', archive: MB(split.bytes) },
    {
      metric: 'split throughput (in-process)',
      archive: `${(split.bytes / 1e6 / split.seconds).toFixed(1)} MB/s`,
      target: `≥ ${TARGET.split} MB/s`,
      met: split.bytes / 1e6 / split.seconds >= TARGET.split,
    },
    {
      metric: 'astro build',
      archive: seconds(ours.astro.seconds),
      reference: reference ? seconds(reference.astro.seconds) : '—',
    },
    {
      metric: values['index-by-year'] ? 'pagefind (one run per year, summed)' : 'pagefind',
      archive: seconds(ours.pagefind.seconds),
      reference: reference ? seconds(reference.pagefind.seconds) : '—',
    },
    {
      metric: 'whole build',
      archive: seconds(whole),
      reference: refWhole ? seconds(refWhole) : '—',
      target: `≤ ${TARGET.wholeBuild} s`,
      met: judge(whole <= TARGET.wholeBuild),
    },
    {
      metric: 'whole build ÷ reference',
      archive: ratio ? `${ratio.toFixed(2)}×` : '—',
      target: `≤ ${TARGET.ratio}×`,
      met: ratio ? judge(ratio <= TARGET.ratio) : undefined,
    },
    { metric: 'peak memory: split (bench process)', archive: GB(splitPeak) },
    {
      metric: 'peak memory: astro build',
      archive: memory(ours.astro),
      reference: reference ? memory(reference.astro) : '—',
      target: '≤ 3 GB',
      met: ours.astro.peakBytes === null ? undefined : judge(ours.astro.peakBytes <= TARGET.memory),
    },
    {
      metric: 'peak memory: pagefind',
      archive: memory(ours.pagefind),
      reference: reference ? memory(reference.pagefind) : '—',
      target: '≤ 3 GB',
      met: ours.pagefind.peakBytes === null ? undefined : judge(ours.pagefind.peakBytes <= TARGET.memory),
    },
    { metric: 'pages built', archive: count(ours.pages), reference: reference ? count(reference.pages) : '—' },
    {
      metric: 'HTML per article',
      archive: perArticle(ours.output.htmlBytes),
      reference: reference ? perArticle(reference.output.htmlBytes) : '—',
    },
    {
      metric: 'Pagefind index per article',
      archive: perArticle(ours.output.pagefindBytes),
      reference: reference ? perArticle(reference.output.pagefindBytes) : '—',
    },
    {
      metric: 'whole output per article',
      archive: perArticle(ours.output.totalBytes),
      reference: reference ? perArticle(reference.output.totalBytes) : '—',
    },
    {
      metric: 'whole output',
      archive: GB(ours.output.totalBytes),
      reference: reference ? GB(reference.output.totalBytes) : '—',
    },
    {
      metric: 'articles that fit in GitHub Pages 1 GB',
      archive: count(articlesThatFit(ours.output.totalBytes / articles)),
      reference: reference ? count(articlesThatFit(reference.output.totalBytes / articles)) : '—',
    },
  ];
  if (weights) {
    rows.push(
      {
        metric: `one search (“${SEARCH_QUERY}”, ${weights.searchResults} results shown), gzip`,
        archive: kB(weights.search.wireBytes),
        target: '≤ 150 kB',
        met: judge(weights.search.wireBytes <= TARGET.search),
      },
      {
        metric: 'one article page before search, gzip',
        archive: kB(weights.article.wireBytes),
        target: '≤ 40 kB',
        met: judge(weights.article.wireBytes <= TARGET.article),
      },
    );
  }
  if (phrase) {
    rows.push({
      metric: `one phrase search (“${SEARCH_QUERY}” quoted, ${phrase.searchResults} results shown), gzip`,
      archive: kB(phrase.search.wireBytes),
      target: '≤ 150 kB',
      met: judge(phrase.search.wireBytes <= TARGET.search),
    });
  }
  const flags = [values['index-by-year'] ? ' --index-by-year' : '', repeat > 1 ? ` --repeat ${repeat}` : ''].join('');
  if (yearly) {
    rows.push(
      {
        metric: `one search in the newest year’s index (“${SEARCH_QUERY}”, ${yearly.newest.results} hits)`,
        archive: kB(yearly.newest.wireBytes),
        target: '≤ 150 kB',
        met: judge(yearly.newest.wireBytes <= TARGET.search),
      },
      {
        metric: `one search over all ${yearly.years} yearly indexes merged (${yearly.all.results} hits)`,
        archive: kB(yearly.all.wireBytes),
        target: '≤ 150 kB',
        met: judge(yearly.all.wireBytes <= TARGET.search),
      },
    );
  }
  console.log(
    `\nnpm run bench -- --issues ${issues} --seed ${seed}${flags}   (${new Date().toISOString()}, work folder ${work})\n`,
  );
  console.log(formatTable(rows));
  if (!atTarget)
    console.log(`\nTargets are judged at ${count(TARGET.articles)} articles (±10%); this run has ${count(articles)}.`);
  if (weights) {
    const list = (weight: typeof weights.search) =>
      weight.downloads.map((d) => `  ${kB(d.wireBytes).padStart(9)}  ${d.path}`).join('\n');
    console.log(
      `\nOne search downloads:\n${list(weights.search)}\nOne article page downloads:\n${list(weights.article)}`,
    );
  }
  if (split.profile) printHotspots('split', split.profile);
  if (profileDir) {
    const file = readdirSync(profileDir)
      .filter((name) => name.endsWith('.cpuprofile'))
      .sort()
      .pop();
    if (file) printHotspots('astro build', JSON.parse(readFileSync(join(profileDir, file), 'utf8')) as CpuProfile);
  }
}

main().catch((error: unknown) => {
  console.error(
    error instanceof ArchiveError ? formatDiagnostic(error.diagnostic) : `bench: ${(error as Error).message}`,
  );
  process.exitCode = 1;
});
