/**
 * Usage: node scripts/search-index.ts [siteDir=dist]
 * Builds the site's search index (Pagefind, from the site's data/archive.json) into <siteDir>/pagefind/.
 */
import { writeSearchIndex } from '../src/lib/site/search/write-index.ts';

const siteDir = process.argv[2] ?? 'dist';
try {
  const { records, outputPath } = await writeSearchIndex(siteDir);
  console.log(`search index: ${records} articles → ${outputPath}`);
} catch (error) {
  console.error(`search index for ${siteDir}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
