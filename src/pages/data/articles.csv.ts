/** One row per article, for spreadsheets; see src/lib/site/csv.ts for the columns. */
import { getArchive } from '../../lib/site/collection.ts';
import { articlesCsv } from '../../lib/site/csv.ts';

export async function GET() {
  const archive = await getArchive();
  return new Response(articlesCsv(archive.entries), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
}
