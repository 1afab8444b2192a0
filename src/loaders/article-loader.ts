import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';
import type { Loader, LoaderContext } from 'astro/loaders';
import { parseFrontmatter, splitFrontmatter } from '../lib/frontmatter.ts';
import { slugFromFileName } from '../lib/slug.ts';
import { transformBodyHtml } from '../lib/body/transform.ts';
import { BODY_PIPELINE_DIGEST } from '../lib/body/pipeline-digest.ts';
import { cleanText } from '../lib/text/characters.ts';
import { MDX_RULE_VERSION, needsMdx } from '../lib/rich/mdx-body.ts';
import type { KindId } from '../lib/kinds.ts';

const CONTENT_FILE = /\.mdx?$/i;

/**
 * Loads one folder of `content/` as a collection. Bodies are rendered to HTML here, at
 * content-sync time, with Astro's own Markdown processor, and cached by digest in Astro's data
 * store: an unchanged file is neither parsed nor rendered again, and no page bundles one module
 * per article. That is what keeps thousands of articles fast (see docs/architecture.md, «The content pipeline, and why»).
 *
 * A body with components or local images (see `needsMdx`) is left to `@astrojs/mdx` instead:
 * stored with `deferredRender`, so its page imports the compiled module (src/components/mdx/).
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
    // The base path is part of the digest (it is written into the rendered links), and so are the
    // body pipeline's code and the rule that picks the MDX path, which decides how the entry is stored.
    const digest = context.generateDigest(`${config.base}\n${BODY_PIPELINE_DIGEST}\n${MDX_RULE_VERSION}\n${source}`);
    const cached = store.get(id);
    if (cached?.digest === digest) {
      // A compiled MDX page imports its module: the list of imports is rebuilt on every sync.
      if (cached.deferredRender && cached.filePath) store.addModuleImport(cached.filePath);
      continue;
    }
    const filePath = path.relative(root, absolute).split(path.sep).join('/');
    const { yaml, body } = splitFrontmatter(source);
    const data = await context.parseData({ id, data: parseFrontmatter(yaml ?? ''), filePath });
    if (needsMdx(body)) {
      store.set({ id, data, body, filePath, digest, deferredRender: true });
      continue;
    }
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
