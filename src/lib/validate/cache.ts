import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Problem } from './problem.ts';
import type { Reference } from './body.ts';

/** What checking one file found, apart from the checks across files (links, duplicate URLs). */
export interface FileResult {
  problems: Problem[];
  references: Reference[];
  /** The ids a link's `#anker` can name on the entry's page (./links.ts). */
  anchors: string[];
  draft: boolean;
  /** The body could not be read, so the files it names are unknown. */
  unreadable: boolean;
}

/**
 * Results of checking single files, by digest of everything they depend on (file name, source,
 * the shared lists), so that an unchanged file is not parsed again: parsing MDX is most of the
 * check's time, and thousands of articles rarely change all at once. Like Astro's own content
 * cache, it lives in a folder that is safe to delete.
 */
export class CheckCache {
  private readonly file: string | undefined;
  private readonly old: Map<string, FileResult>;
  private readonly used = new Map<string, FileResult>();

  /** `dir`: where to keep the cache, or undefined for none; `root` names the project it is for. */
  constructor(dir: string | undefined, root: string) {
    this.file = dir && path.join(dir, `content-check-${digest(path.resolve(root)).slice(0, 12)}.json`);
    this.old = new Map();
    if (this.file && existsSync(this.file)) {
      try {
        this.old = new Map(Object.entries(JSON.parse(readFileSync(this.file, 'utf8')) as Record<string, FileResult>));
      } catch {
        // A damaged cache is only a slower check.
      }
    }
  }

  get(key: string, compute: () => FileResult): FileResult {
    const result = this.old.get(key) ?? compute();
    this.used.set(key, result);
    return result;
  }

  /** Writes what this run used (and nothing older), atomically, so parallel builds do not clash. */
  save(): void {
    if (!this.file) return;
    mkdirSync(path.dirname(this.file), { recursive: true });
    const temp = `${this.file}.${process.pid}.tmp`;
    writeFileSync(temp, JSON.stringify(Object.fromEntries(this.used)));
    renameSync(temp, this.file);
  }
}

export function digest(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}
