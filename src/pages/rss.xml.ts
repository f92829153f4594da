/** RSS of the latest articles across the archive. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SITE } from '../config/site.ts';
import { getArchive } from '../lib/site/collection.ts';
import { feedItems, feedSite } from '../lib/site/feed.ts';
import { createLinks } from '../lib/site/urls.ts';

export async function GET(context: APIContext) {
  const archive = await getArchive();
  const links = createLinks(import.meta.env.BASE_URL);
  return rss({
    title: SITE.title,
    description: SITE.description,
    site: feedSite(context.site, import.meta.env.BASE_URL),
    items: feedItems(archive.entries.slice(0, SITE.feedSize), links),
    customData: '<language>zh-cn</language>',
  });
}
