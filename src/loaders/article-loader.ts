import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { slugFromFileName } from '../lib/slug.ts';
import { BODY_PIPELINE_DIGEST, transformBodyHtml } from '../lib/body/transform.ts';
import { cleanText } from '../lib/text/characters.ts';
import type { KindId } from '../lib/kinds.ts';

const CONTENT_FILE = /\.mdx?$/i;

/**
 * Loads one folder of `content/` as a collection. Bodies are rendered to HTML here, at
 * content-sync time, with Astro's own Markdown processor, and cached by digest in Astro's data
 * store: an unchanged file is neither parsed nor rendered again, and no page bundles one module
 * per article. That is what keeps thousands of articles fast (see docs/architecture.md, «The content pipeline, and why»).
 */
export function articleLoader(kind: KindId): Loader {
  return {
    name: 'kunnskapsbanken-articles',
    load: async (context) => {
      const dir = fileURLToPath(new URL(`content/${kind}/`, context.config.root));
      await syncAll(context, dir);
      context.watcher?.on('all', (_event, changed) => {
        if (changed.startsWith(dir) && CONTENT_FILE.test(changed)) void syncAll(context, dir);
      });
    },
  };
}

async function listFiles(dir: string): Promise<string[]> {
  try {
    return (await readdir(dir)).filter((f) => CONTENT_FILE.test(f)).sort();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

async function syncAll(context: LoaderContext, dir: string): Promise<void> {
  const { store, config } = context;
  const root = fileURLToPath(config.root);
  const seen = new Set<string>();
  for (const name of await listFiles(dir)) {
    const absolute = path.join(dir, name);
    const id = slugFromFileName(name);
    seen.add(id);
    const source = await readFile(absolute, 'utf8');
    // The base path is part of the digest (it is written into the rendered links), and so is the
    // body pipeline's code.
    const digest = context.generateDigest(`${config.base}\n${BODY_PIPELINE_DIGEST}\n${source}`);
    if (store.get(id)?.digest === digest) continue;
    const filePath = path.relative(root, absolute).split(path.sep).join('/');
    const { yaml, body } = splitFrontmatter(source);
    const data = await context.parseData({ id, data: parseFrontmatter(yaml ?? ''), filePath });
    const rendered = await context.renderMarkdown(body, { fileURL: pathToFileURL(absolute) });
    // Norwegian footnotes, named tables/code/checkboxes, links under the base path: src/lib/body/.
    const transformed = transformBodyHtml(rendered.html, { base: config.base });
    rendered.html = transformed.html;
    for (const heading of rendered.metadata?.headings ?? [])
      heading.slug = transformed.renamedIds.get(heading.slug) ?? heading.slug;
    // Defence in depth: the check rejects such characters in bodies (src/lib/text/characters.ts).
    rendered.html = cleanText(rendered.html);
    store.set({ id, data, body, filePath, digest, rendered });
  }
  for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
}
