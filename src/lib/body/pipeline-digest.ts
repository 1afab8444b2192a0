import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

/**
 * A digest of the body pipeline's own code (src/lib/body/ and src/lib/html/): part of each cached
 * body's key in the content store, so a changed step renders every body again. Its own module: it reads
 * the source files beside it, which only the content loader (not a page bundle) can do.
 */
export const BODY_PIPELINE_DIGEST = createHash('sha256')
  .update(
    [import.meta.dirname, path.join(import.meta.dirname, '../html')]
      .flatMap((dir) =>
        readdirSync(dir)
          .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
          .sort()
          .map((f) => readFileSync(path.join(dir, f), 'utf8')),
      )
      .join('\0'),
  )
  .digest('hex');
