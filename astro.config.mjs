// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { completeness } from './src/integrations/completeness.ts';

/** The site's address and base path come from the environment, so CI can deploy anywhere. */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // Order matters: content is checked first; the completeness check reads the finished search index.
  integrations: [mdx(), contentCheck(), pagefind(), completeness()],
  vite: { build: { assetsInlineLimit: 0 } },
});
