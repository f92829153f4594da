/** One RSS feed per section, for readers who follow a beat. */
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { SECTIONS, type SectionName } from '../../../config/sections.ts';
import { SITE } from '../../../config/site.ts';
import { getArchive } from '../../../lib/site/collection.ts';
import { feedItems, feedSite } from '../../../lib/site/feed.ts';
import { createLinks } from '../../../lib/site/urls.ts';

export async function getStaticPaths() {
  const archive = await getArchive();
  return SECTIONS.filter((section) => (archive.bySection.get(section.name)?.length ?? 0) > 0).map((section) => ({
    params: { slug: section.slug },
    props: { section: section.name },
  }));
}

export async function GET(context: APIContext<{ section: SectionName }>) {
  const archive = await getArchive();
  const links = createLinks(import.meta.env.BASE_URL);
  const { section } = context.props;
  return rss({
    title: `${SITE.title} · ${section}`,
    description: SECTIONS.find((entry) => entry.name === section)?.description ?? section,
    site: feedSite(context.site, import.meta.env.BASE_URL),
    items: feedItems((archive.bySection.get(section) ?? []).slice(0, SITE.feedSize), links),
    customData: '<language>zh-cn</language>',
  });
}
