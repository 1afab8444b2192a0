/**
 * What the e2e suites need to know about the site under test: where its build is, its base path,
 * and the published entries read straight from the content folder (not from the build).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { slugFromFileName } from '../../src/lib/slug.ts';
import { KIND_IDS, type KindId } from '../../src/lib/kinds.ts';
import type { EntryData } from '../../src/lib/entries.ts';

export const BASE = process.env['BASE_PATH'] || '/';
export const DIST = path.resolve(process.env['OUT_DIR'] || 'dist');

/** A site path (`/tema/samordning/`) as a URL relative to Playwright's baseURL. */
export function rel(sitePath: string): string {
  return sitePath.replace(/^\//, '');
}

/** A site path with the base path, as it appears in built HTML. */
export function href(sitePath: string): string {
  return `${BASE.replace(/\/$/, '')}${sitePath}`;
}

export interface SourceEntry {
  kind: KindId;
  slug: string;
  file: string;
  data: EntryData;
}

/** Every entry in `content/`, drafts included, parsed from source. */
export function sourceEntries(contentDir = 'content'): SourceEntry[] {
  const out: SourceEntry[] = [];
  for (const kind of KIND_IDS) {
    let files: string[] = [];
    try {
      files = readdirSync(path.join(contentDir, kind)).filter((f) => /\.mdx?$/.test(f));
    } catch {
      continue;
    }
    for (const file of files.sort()) {
      const full = path.join(contentDir, kind, file);
      const { yaml } = splitFrontmatter(readFileSync(full, 'utf8'));
      const data = parseFrontmatter(yaml ?? '') as unknown as EntryData;
      out.push({ kind, slug: slugFromFileName(file), file: full, data: { ...data, draft: data.draft ?? false } });
    }
  }
  return out;
}

export function publishedEntries(): SourceEntry[] {
  return sourceEntries().filter((e) => !e.data.draft);
}

/** Every HTML page in the build, as site paths (`/tema/samordning/`). */
export function builtPages(dir = DIST): string[] {
  const pages: string[] = [];
  const walk = (sub: string) => {
    for (const item of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = path.posix.join(sub, item.name);
      if (item.isDirectory()) {
        // admin/ is the web editor (Decap's page, not ours): e2e/cms.once.spec.ts tests it.
        if (item.name !== '_astro' && item.name !== 'pagefind' && rel !== 'admin') walk(rel);
      } else if (item.name === 'index.html') {
        pages.push(`/${sub ? `${sub}/` : ''}`);
      } else if (item.name === '404.html' && sub === '') {
        pages.push('/404.html');
      }
    }
  };
  walk('');
  return pages.sort();
}
