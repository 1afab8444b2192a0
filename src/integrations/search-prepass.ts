import type { AstroIntegration, AstroPrerenderer } from 'astro';
import { Worker } from 'node:worker_threads';
import { fileOfSitePath } from '../build/built-pages.ts';
import { PREPASS_ENV } from '../build/search-prepass.ts';

/**
 * The search index's first pass while Astro renders (src/build/search-prepass.ts): Astro renders the
 * pages on one thread, and the second core was idle until the index step read every page again
 * afterwards. Through Astro's prerenderer hook (`setPrerenderer` in `astro:build:start`), each
 * rendered page's HTML is copied to a worker thread that reads it as the index step would, and
 * Astro gets the same bytes back to write. Only `200 text/html` pages at a directory address are
 * passed on; the index step reads any other built page itself, so the index is the same with or
 * without the pass (tested: scripts/search-prepass.test.ts).
 */
export function searchPrepass(): AstroIntegration {
  let root: URL | undefined;
  let base = '/';
  return {
    name: 'kunnskapsbanken:search-prepass',
    hooks: {
      'astro:config:done': ({ config }) => {
        root = config.root;
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const dir = process.env[PREPASS_ENV];
        if (dir && root) setPrerenderer((astro) => prepassPrerenderer(astro, dir, root!, base));
      },
    },
  };
}

/** Astro's own prerenderer, with every page it renders also handed to the pass's worker. */
function prepassPrerenderer(astro: AstroPrerenderer, dir: string, root: URL, base: string): AstroPrerenderer {
  // The worker is given as a file of the site root: this module may run from Astro's bundled config.
  const worker = new Worker(new URL('src/build/search-prepass-worker.ts', root), {
    workerData: { dir },
  });
  let failure: unknown;
  worker.once('error', (error) => (failure = error));
  const written = new Promise<void>((resolve, reject) => {
    worker.once('message', () => resolve());
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the search prepass stopped early (exit code ${code})`)));
  });
  written.catch(() => {});
  return {
    ...astro,
    name: 'kunnskapsbanken:search-prepass',
    setup: async () => {
      await astro.setup?.();
    },
    getStaticPaths: () => astro.getStaticPaths(),
    async render(request, options) {
      const rendered = await astro.render(request, options);
      const result = rendered instanceof Response ? { response: rendered } : rendered;
      const { response } = result;
      const file = fileOfSitePath(new URL(request.url).pathname, base);
      const type = response.headers.get('content-type') ?? '';
      if (failure || !file || response.status !== 200 || !response.body || !type.startsWith('text/html'))
        return rendered;
      const bytes = new Uint8Array(await response.arrayBuffer());
      const copy = bytes.slice();
      worker.postMessage({ file, html: copy }, [copy.buffer]);
      const again = new Response(bytes, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
      return rendered instanceof Response ? again : { ...result, response: again };
    },
    async teardown() {
      try {
        worker.postMessage({ done: true });
        await written;
      } finally {
        await worker.terminate();
        await astro.teardown?.();
      }
    },
  };
}
