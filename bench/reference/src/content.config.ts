/** The same collection as the site's (src/content.config.ts): same loader, same schema, same folder. */
import { defineCollection } from 'astro:content';
import { issueLoader } from '../../../src/lib/site/issue-loader.ts';

export const collections = {
  issues: defineCollection({ loader: issueLoader() }),
};
