import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipBytes, kib } from './transfer.ts';

/**
 * A page as built: gzipped HTML plus the stylesheets it links, and the scripts it would run
 * (JSON-LD data blocks are not scripts).
 */
export function pageWeight(
  dist: string,
  sitePath: string,
): { htmlCssGzipKiB: number; htmlGzipKiB: number; scripts: number } {
  const file = path.join(dist, sitePath, 'index.html');
  const html = readFileSync(file, 'utf8');
  const htmlBytes = gzipBytes(file);
  let bytes = htmlBytes;
  for (const m of html.matchAll(/<link[^>]+rel="stylesheet"[^>]*>/g)) {
    const href = /href="\/([^"]+)"/.exec(m[0])?.[1];
    if (href) bytes += gzipBytes(path.join(dist, href));
  }
  const scripts = (html.match(/<script\b(?![^>]*type="application\/ld\+json")/g) ?? []).length;
  return { htmlCssGzipKiB: kib(bytes), htmlGzipKiB: kib(htmlBytes), scripts };
}
