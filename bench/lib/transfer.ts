import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** The dist file a site URL is served from (base `/`). */
export function distFile(dist: string, url: string): string {
  const pathname = decodeURIComponent(new URL(url).pathname);
  return path.join(dist, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
}

const cache = new Map<string, number>();

/**
 * Bytes a host with gzip would send for a file: the gzipped size, or the file as it is when it is
 * already compressed (woff2, Pagefind's gzipped index chunks), whichever is smaller.
 */
export function gzipBytes(file: string): number {
  let bytes = cache.get(file);
  if (bytes === undefined) {
    const raw = readFileSync(file);
    bytes = Math.min(raw.length, gzipSync(raw, { level: 9 }).length);
    cache.set(file, bytes);
  }
  return bytes;
}

export function fileBytes(file: string): number {
  return statSync(file).size;
}

export function kib(bytes: number): number {
  return Math.round((bytes / 1024) * 10) / 10;
}
