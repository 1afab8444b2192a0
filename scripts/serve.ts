/**
 * A small static server for `dist/`, as a static host would serve it: under a base path, with the
 * headers of `dist/_headers` applied, `404.html` for unknown paths. Used by the tests and `npm run preview`.
 *
 *   node scripts/serve.ts [--dir dist] [--base /] [--port 4321]
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { headersFor, parseHeadersFile, type HeaderRule } from './lib/headers-file.ts';
import { REVALIDATE } from './lib/security-policy.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.xml': 'application/xml; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.yml': 'text/yaml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.pdf': 'application/pdf',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.vtt': 'text/vtt; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: process.env['BASE_PATH'] || '/' },
    port: { type: 'string', default: '4321' },
  },
});
const root = path.resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;

async function loadRules(): Promise<HeaderRule[]> {
  try {
    return parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8'));
  } catch {
    return [];
  }
}

async function resolveFile(sitePath: string): Promise<string | undefined> {
  const candidate = path.join(root, decodeURIComponent(sitePath));
  if (!candidate.startsWith(root)) return undefined;
  for (const file of [candidate, path.join(candidate, 'index.html')]) {
    try {
      if ((await stat(file)).isFile()) return file;
    } catch {
      // try the next candidate
    }
  }
  return undefined;
}

const rules = await loadRules();
const server = createServer(async (req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  let status = 200;
  let file: string | undefined;
  let sitePath = '/404.html';
  if (url.pathname.startsWith(base) || `${url.pathname}/` === base) {
    sitePath = `/${url.pathname.slice(base.length)}`;
    if (!sitePath.endsWith('/') && !path.extname(sitePath) && (await resolveFile(`${sitePath}/`))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    // Hosts read `_headers` but never publish it.
    file = sitePath === '/_headers' ? undefined : await resolveFile(sitePath);
  }
  if (!file) {
    status = 404;
    file = path.join(root, '404.html');
  }
  const headers = Object.fromEntries(headersFor(rules, sitePath));
  // What Netlify and Cloudflare Pages send where `_headers` says nothing: revalidate every time.
  if (!Object.keys(headers).some((k) => k.toLowerCase() === 'cache-control')) headers['Cache-Control'] = REVALIDATE;
  try {
    const body = await readFile(file);
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream', ...headers });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  }
});
server.listen(Number(values.port), '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
