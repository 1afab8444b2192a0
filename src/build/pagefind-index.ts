import { spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import { pagefindBinary } from './pagefind-binary.ts';

/** Documents sent ahead of the one Pagefind is parsing: enough to keep it busy, few enough to hold. */
const IN_FLIGHT = 32;

/**
 * Indexes the documents `files` (relative, `/`-separated paths under `input`, in the order given)
 * with Pagefind's Node API and writes the index to `outputPath`. Each document's result address is
 * its path (`a/b/index.html` → `/a/b/`), as Pagefind gives a built site's pages.
 *
 * Why the API and not the CLI on the folder: Pagefind numbers the pages in the order it meets them,
 * and the CLI meets them in the file system's directory order (Pagefind 1.6 walks the folder with
 * `wax` and does not sort), which differs between file systems: the same documents in a folder on
 * ext4 and on tmpfs gave two different indexes (53 of their files differ, measured on 300 pages).
 * The API's service handles its messages one at a time, in the order they are sent
 * (`pagefind/src/service/mod.rs`), so the index depends only on `files`. It costs about 2 s at
 * 5,000 pages: the service parses on one core and `writeFiles` builds the index twice
 * (docs/performance.md, «The index step, fourth round»).
 *
 * `whileWriting` runs once every document is sent, while Pagefind builds and writes the index.
 *
 * Rejects with Pagefind's errors when a document cannot be added or the index cannot be written.
 */
export async function indexWithPagefind(
  input: string,
  files: readonly string[],
  outputPath: string,
  options: { whileWriting?: () => void } = {},
): Promise<void> {
  // The API's service does not notice when its binary exits: ask the binary first, so a broken
  // one fails here with its own words (scripts/build.ts also ends a step that stops answering).
  const binary = await pagefindBinary();
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0)
    throw new Error(
      `Pagefind (${binary}) exited with ${probe.signal ?? `code ${probe.status}`}: ${`${probe.stderr ?? ''}${probe.stdout ?? ''}`.trim() || probe.error?.message}`,
    );
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    let failure: unknown;
    const pending: Promise<void>[] = [];
    for (const file of files) {
      if (failure) break;
      const content = await readFile(path.join(input, file), 'utf8');
      // Sent now, in order; answered in the same order.
      pending.push(
        index.addHTMLFile({ sourcePath: file, content }).then(
          (added) => {
            if (added.errors.length > 0)
              failure ??= new Error(`Pagefind could not index ${file}: ${added.errors.join('; ')}`);
          },
          (error: unknown) => void (failure ??= error),
        ),
      );
      if (pending.length >= IN_FLIGHT) await pending.shift();
    }
    await Promise.all(pending);
    if (failure) throw failure instanceof Error ? failure : new Error(String(failure));
    const writing = index.writeFiles({ outputPath });
    // Pagefind builds and writes in its own process: this one is free meanwhile.
    options.whileWriting?.();
    const written = await writing;
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
