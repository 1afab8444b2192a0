import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { dirSize } from './dir-size.ts';

/** A Pagefind index's size, and its metadata file: fetched by every first search, growing with the page count. */
export interface IndexSize {
  MiB: number;
  files: number;
  /** `pagefind.<hash>.pf_meta`, as sent (Pagefind writes it gzipped already). */
  metaKiB: number;
}

/** The figures of the index in `dir` (a `pagefind/` folder). */
export function indexSize(dir: string): IndexSize {
  const all = dirSize(dir);
  const meta = readdirSync(dir).filter((f) => f.endsWith('.pf_meta'));
  const metaBytes = meta.reduce((sum, f) => sum + statSync(path.join(dir, f)).size, 0);
  return {
    MiB: Math.round((all.bytes / 1024 ** 2) * 10) / 10,
    files: all.files,
    metaKiB: Math.round((metaBytes / 1024) * 10) / 10,
  };
}
