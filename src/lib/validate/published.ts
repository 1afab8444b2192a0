import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { KIND_IDS } from '../kinds.ts';
import { parseFrontmatter, splitFrontmatter } from '../frontmatter.ts';
import { slugFromFileName } from '../slug.ts';
import type { Entry, EntryData } from '../entries.ts';

/**
 * The published entries, read straight from the source files, independently of Astro: the
 * completeness check compares what editors wrote with what the build produced.
 */
export function readPublishedSources(root: string): Entry[] {
  const entries: Entry[] = [];
  for (const kind of KIND_IDS) {
    const dir = path.join(root, 'content', kind);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => /\.mdx?$/i.test(f))) {
      const { yaml } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      const data = parseFrontmatter(yaml ?? '') as unknown as EntryData;
      if (data.draft === true) continue;
      entries.push({ kind, slug: slugFromFileName(file), data });
    }
  }
  return entries;
}
