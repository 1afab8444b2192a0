/**
 * The content check (src/lib/validate/index.ts) in a worker thread of `npm run build`
 * (scripts/build.ts), so that it runs on the second core while Astro starts and syncs the content.
 * workerData: `{ root, cacheDir }`; posts `{ problems, entries }` once, as validateContent returns it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { validateContent } from '../../src/lib/validate/index.ts';

const { root, cacheDir } = workerData as { root: string; cacheDir: string };
parentPort!.postMessage(validateContent(root, { cacheDir }));
