/**
 * Usage: node scripts/search-index.ts [siteDir=dist] [--year YYYY] [--output-subdir pagefind/YYYY]
 * Builds the site's search index (Pagefind, from the site's data/archive.json) into <siteDir>/pagefind/,
 * or only one year's articles into another folder (the benchmark's --index-by-year).
 */
import { parseArgs } from 'node:util';
import { writeSearchIndex } from '../src/lib/site/search/write-index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { year: { type: 'string' }, 'output-subdir': { type: 'string' } },
});
const siteDir = positionals[0] ?? 'dist';
try {
  const options = {
    ...(values.year ? { year: values.year } : {}),
    ...(values['output-subdir'] ? { outputSubdir: values['output-subdir'] } : {}),
  };
  const { records, outputPath } = await writeSearchIndex(siteDir, options);
  console.log(`search index: ${records} articles → ${outputPath}`);
} catch (error) {
  console.error(`search index for ${siteDir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
