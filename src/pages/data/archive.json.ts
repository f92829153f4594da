/**
 * The whole typed dataset for researchers: every issue with its articles, exactly as the schema in
 * src/lib/schema.ts defines it (the same objects the site is built from).
 */
import { getArchive } from '../../lib/site/collection.ts';
import { datasetJson } from '../../lib/site/dataset.ts';

export async function GET() {
  const archive = await getArchive();
  return new Response(datasetJson(archive), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
