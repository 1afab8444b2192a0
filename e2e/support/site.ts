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
import { buildDay } from '../../src/lib/events.ts';
import { parse as parseYaml } from 'yaml';

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

export interface SourcePerson {
  id: string;
  name: string;
  role: string;
}

export interface SourcePublication {
  id: string;
  title: string;
  publisher: string;
  year?: number;
  series?: string;
}

/** The shared list of people, `content/personer.yaml`, as editors wrote it. */
export function sourcePeople(contentDir = 'content'): SourcePerson[] {
  return parseYaml(readFileSync(path.join(contentDir, 'personer.yaml'), 'utf8')) as SourcePerson[];
}

/** The shared list of publications, `content/publikasjoner.yaml`, as editors wrote it. */
export function sourcePublications(contentDir = 'content'): SourcePublication[] {
  return parseYaml(readFileSync(path.join(contentDir, 'publikasjoner.yaml'), 'utf8')) as SourcePublication[];
}

/** People that at least one published entry names: the ones that get a page. */
export function namedPeople(): SourcePerson[] {
  const named = new Set(publishedEntries().flatMap((e) => (e.data.people ?? []).map((p) => p.id)));
  return sourcePeople().filter((p) => named.has(p.id));
}

/** Publications that at least one published entry discusses: the ones that get a page. */
export function namedPublications(): SourcePublication[] {
  const named = new Set(publishedEntries().flatMap((e) => e.data.publications ?? []));
  return sourcePublications().filter((p) => named.has(p.id));
}

/**
 * The Oslo day the build under test took as «today». `scripts/test.ts` pins `SOURCE_DATE_EPOCH`
 * for the build and the suite alike, so upcoming and past events are split on the same day.
 */
export const BUILD_DAY = buildDay();

/**
 * A list the test is about to loop over, asserted non-empty first: a loop over nothing passes.
 * `what` names the list in the failure message.
 */
export function nonEmpty<T>(list: readonly T[], what: string): readonly T[] {
  if (list.length === 0) throw new Error(`${what}: the list a test loops over is empty`);
  return list;
}
