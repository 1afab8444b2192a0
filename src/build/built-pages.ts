import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every HTML file of a finished build, relative and sorted; assets and the search index are skipped. */
export async function builtHtmlFiles(dir: string, sub = ''): Promise<string[]> {
  const out: string[] = [];
  for (const item of await readdir(path.join(dir, sub), { withFileTypes: true })) {
    const rel = path.posix.join(sub, item.name);
    if (item.isDirectory()) {
      if (item.name !== '_astro' && item.name !== 'pagefind') out.push(...(await builtHtmlFiles(dir, rel)));
    } else if (item.name.endsWith('.html')) out.push(rel);
  }
  return out.sort();
}

/** `artikler/foo/index.html` → `/artikler/foo/` */
export function sitePathOf(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
