import type { AstroIntegration } from 'astro';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseHtml } from 'node-html-parser';
import { parse as parseYaml } from 'yaml';
import {
  ADMIN_DIR,
  DECAP_DIST,
  isDecapFile,
  adminConfigYaml,
  adminIndexHtml,
  adminInitScript,
} from '../lib/cms/admin-files.ts';
import { cmsConfig, type CmsOptions } from '../lib/cms/config.ts';
import { PREVIEW_FILE, PREVIEW_PAGE, previewTemplates, type PreviewTemplates } from '../lib/cms/preview.ts';
import { cmsSettings } from '../lib/cms/settings.ts';
import { adminCspMeta } from '../../scripts/lib/security-policy.ts';

/** The people and publications the editor's pickers offer, from the lists in `content/`. */
export function listsFor(root: string): Pick<CmsOptions, 'people' | 'publications'> {
  // A site may keep neither list (the check treats a missing list as empty): the pickers are then empty.
  const read = (name: string) => {
    const file = path.join(root, 'content', name);
    return (existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) ?? []) : []) as never[];
  };
  return { people: read('personer.yaml'), publications: read('publikasjoner.yaml') };
}

/** The stylesheets a built page links, in order: the preview pane shows an entry with the site's own CSS. */
export function stylesOf(html: string): string[] {
  return parseHtml(html)
    .querySelectorAll('link[rel="stylesheet"]')
    .filter((l) => !l.getAttribute('media') || l.getAttribute('media') === 'all')
    .map((l) => l.getAttribute('href')!)
    .filter(Boolean);
}

/**
 * Writes `/admin/` into a finished build: Decap from node_modules, its page, configuration and init
 * script, with the preview templates the build left in `PREVIEW_FILE` (none: the preview shows
 * Decap's own layout). Returns the origins its policy lets it talk to (the `_headers` of the build
 * must say the same).
 */
export function writeAdmin(outDir: string, o: CmsOptions & { connect: string[]; previewStyles: string[] }): string[] {
  const dir = path.join(outDir, ADMIN_DIR);
  mkdirSync(dir, { recursive: true });
  const dist = path.dirname(createRequire(import.meta.url).resolve(DECAP_DIST));
  for (const file of readdirSync(dist).filter(isDecapFile)) copyFileSync(path.join(dist, file), path.join(dir, file));
  writeFileSync(path.join(dir, 'config.yml'), adminConfigYaml(cmsConfig(o)));
  const templatesFile = path.join(outDir, PREVIEW_FILE);
  const templates = existsSync(templatesFile)
    ? (JSON.parse(readFileSync(templatesFile, 'utf8')) as PreviewTemplates)
    : undefined;
  writeFileSync(path.join(dir, 'cms-init.js'), adminInitScript(o.previewStyles, templates));
  const connect = [...o.connect, ...(o.localBackendUrl ? [new URL(o.localBackendUrl).origin] : [])];
  writeFileSync(
    path.join(dir, 'index.html'),
    adminIndexHtml({ metaCsp: adminCspMeta(connect), previewStyles: o.previewStyles, config: {} }),
  );
  return connect;
}

/**
 * Adds the web editor at `/admin/` to the build unless `CMS=off` (src/lib/cms/settings.ts). It is
 * written after Astro's pages, so it is in neither the sitemap nor (having no `data-pagefind-body`)
 * the search index, and its page says `noindex`.
 */
export function cms(): AstroIntegration {
  let root = '';
  let site = '';
  return {
    name: 'kunnskapsbanken:cms',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        site = new URL(config.base, config.site ?? 'http://localhost:4321').href;
      },
      'astro:build:done': ({ dir, logger }) => {
        const settings = cmsSettings(process.env);
        const outDir = fileURLToPath(dir);
        // The page of preview templates is read into /admin/ and removed: it is no page for readers.
        const page = path.join(outDir, PREVIEW_PAGE);
        const templates = existsSync(page) ? previewTemplates(readFileSync(page, 'utf8')) : undefined;
        rmSync(path.dirname(page), { recursive: true, force: true });
        if (!settings.enabled) {
          rmSync(path.join(outDir, ADMIN_DIR), { recursive: true, force: true });
          return;
        }
        if (templates) writeFileSync(path.join(outDir, PREVIEW_FILE), JSON.stringify(templates));
        const previewStyles = stylesOf(readFileSync(path.join(outDir, 'index.html'), 'utf8'));
        writeAdmin(outDir, {
          backend: settings.backend,
          connect: settings.connect,
          siteUrl: site,
          previewStyles,
          ...listsFor(root),
        });
        logger.info(`Web editor written to ${ADMIN_DIR}/ (${settings.backend.name}: ${settings.backend.repo})`);
      },
    },
  };
}
