// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { contentCheck } from './src/integrations/content-check.ts';
import { siteOwner } from './src/integrations/site-owner.ts';
import { printOrigin } from './src/integrations/print-origin.ts';
import { cms } from './src/integrations/cms.ts';
import { searchPrepass } from './src/integrations/search-prepass.ts';
import { astroCsp } from './scripts/lib/security-policy.ts';
import { cleanText } from './src/lib/text/characters.ts';
import { basePrefix, buildSettings } from './src/build/settings.ts';

/** The site's address, base path and folders come from the environment, so CI can deploy anywhere. */
const site = process.env.SITE_URL || 'http://localhost:4321';
// The steps after Astro (scripts/build.ts: search index, completeness check) read the same folders.
const settings = buildSettings(fileURLToPath(new URL('.', import.meta.url)));
const base = settings.base;

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: settings.outDir,
  // Builds of other roots (tests, benchmark) keep their content cache apart (ASTRO_CACHE_DIR).
  cacheDir: settings.cacheDir,
  // Four pages at a time: one page's file is written while the next renders (5,000 entries: 16 s → 13 s).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 4 },
  // Order matters: content is checked first (by `npm run build` beside Astro, scripts/build.ts;
  // here for `astro dev` and a bare `astro build`). The search index, the completeness check and
  // _headers are not integrations: scripts/build.ts runs them after Astro has exited.
  integrations: [
    mdx(),
    contentCheck(),
    siteOwner(),
    printOrigin(),
    // Under `npm run build`: the search index's first pass on each page as Astro renders it.
    searchPrepass(),
    // Every page but the 404 and the web editor's preview templates (src/pages/admin/, removed
    // after the build); drafts have no page in a production build, so none is listed.
    // Every URL passes the one sanitiser for text outputs (XML 1.0 §2.2), as the feeds do.
    sitemap({
      filter: (page) => {
        const { pathname } = new URL(page);
        return !/\/404\/?$/.test(pathname) && !pathname.startsWith(`${basePrefix(base)}admin/`);
      },
      serialize: (item) => ({ ...item, url: cleanText(item.url) }),
    }),
    // The web editor at /admin/ (CMS=off leaves it out), written last: not in the sitemap; the index skips it.
    cms(),
  ],
  // Shiki colours code with inline styles, which the Content Security Policy (style-src 'self') forbids.
  markdown: { syntaxHighlight: false },
  // The project folder, for the size of attachments beside the content (src/components/mdx/media.ts).
  vite: {
    build: {
      assetsInlineLimit: 0,
      rolldownOptions: {
        // Every MDX entry made Rolldown warn, in ten lines, that Astro's own «use astro:head-inject»
        // directive may not survive bundling (withastro/astro#18087: harmless, Astro reads it before
        // bundling). 625 MDX entries buried the build log under 6,250 such lines; other warnings stay.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('use astro:head-inject')) return;
          warn(warning);
        },
      },
    },
    define: { __KB_ROOT__: JSON.stringify(fileURLToPath(new URL('.', import.meta.url))) },
  },
  // Pages whose getStaticPaths() gives a cacheKey (src/lib/page-key.ts) are copied from the
  // previous build in the cache dir when their key and code are unchanged (docs/performance.md).
  experimental: { incrementalBuild: true },
  // The Content Security Policy in a <meta> on every page, for hosts that cannot send headers
  // (dist/_headers sends the same policy where they can).
  security: { csp: astroCsp() },
});
