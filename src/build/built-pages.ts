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

/**
 * The file of a page at `pathname` (as its request has it, base path included) in the output
 * folder, the inverse of {@link sitePathOf}: `/kunnskapsbank/artikler/foo/` with base
 * `/kunnskapsbank` → `artikler/foo/index.html`. Undefined for an address outside the base or
 * without the trailing slash of a page (`build.format: 'directory'`, astro.config.mjs), such as a
 * feed or the 404 page, and for one that is not valid percent-encoding.
 */
export function fileOfSitePath(pathname: string, base: string): string | undefined {
  const prefix = base.replace(/\/+$/, '');
  if (!pathname.startsWith(`${prefix}/`) || !pathname.endsWith('/')) return undefined;
  try {
    return `${decodeURI(pathname.slice(prefix.length + 1))}index.html`;
  } catch {
    return undefined;
  }
}
