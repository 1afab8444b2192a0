import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { WireShare } from './index-documents.ts';

/**
 * The search index's first pass beside Astro's rendering: `npm run build` (scripts/build.ts) makes
 * a folder and names it to Astro in this variable; the site's integration
 * (src/integrations/search-prepass.ts) reads every page Astro renders into it, on a worker thread,
 * while the next pages render; the index step (src/build/search-index.ts) then reads only the built
 * pages the pass did not see (pages an incremental build copied from its cache, the 404 page).
 * Without the variable (a bare `astro build`, `astro dev`) there is no pass.
 */
export const PREPASS_ENV = 'KUNNSKAPSBANKEN_SOK_FORARBEID';

/** In the folder: the pages' documents, each at its page's path (Pagefind's input folder). */
export const PREPASS_DOCUMENTS = 'documents';

/** In the folder: what the pass found, as JSON (PrepassResult), written when the rendering is done. */
export const PREPASS_RESULT = 'prepass.json';

/**
 * What the pass found: every file it read (relative to the output folder), the indexed pages
 * among them with their words (as arrays) and where their documents take the added terms, and
 * the pages outside the index that link a PDF.
 */
export interface PrepassResult extends WireShare {
  read: string[];
}

/** A new, empty folder for the index's documents (and the pass's result), under the system's temporary folder. */
export function indexFolder(): Promise<string> {
  return mkdtemp(path.join(tmpdir(), 'kunnskapsbanken-sok-'));
}

/**
 * The pass's result in `dir`; an empty one without a folder (the index step run alone) or when
 * Astro rendered no page there (nothing to read).
 */
export function readPrepass(dir: string | undefined): PrepassResult {
  const file = dir === undefined ? undefined : path.join(dir, PREPASS_RESULT);
  if (file === undefined || !existsSync(file)) return { read: [], pages: [], carriers: [] };
  return JSON.parse(readFileSync(file, 'utf8')) as PrepassResult;
}
