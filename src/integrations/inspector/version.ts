/**
 * GET /_inspect/<id>/version.json: a digest of the issue file as it is on disk. The inspector page asks
 * for it every second and fetches itself again when it changes, so a saved correction shows at once.
 */
import type { APIRoute } from 'astro';
import { readIssueSource, versionOf } from './issue-sources.ts';

export const GET: APIRoute = ({ params }) => {
  const file = readIssueSource(params['id']);
  const version = file ? versionOf(file) : null;
  return new Response(JSON.stringify({ version }), {
    status: file ? 200 : 404,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  });
};
