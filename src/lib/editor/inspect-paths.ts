/**
 * Addresses of the split inspector, which only the dev server serves (see src/integrations/inspector.ts);
 * site-relative, like `paths` in src/lib/site/urls.ts, so the base path is added in one place.
 */
export const inspectPaths = {
  index: () => '_inspect/',
  issue: (issueId: string) => `_inspect/${issueId}/`,
  version: (issueId: string) => `_inspect/${issueId}/version.json`,
} as const;
