/**
 * One collection: the archived pages, each an issue with its articles, split by our own library.
 */
import { defineCollection } from 'astro:content';
import { issueLoader } from './lib/site/issue-loader.ts';

export const collections = {
  issues: defineCollection({ loader: issueLoader() }),
};
