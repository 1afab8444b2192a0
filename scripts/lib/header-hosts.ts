/**
 * How Netlify and Cloudflare Pages read a `_headers` file: which rules match a request path and
 * which headers the response then carries. Used to check, when `_headers` is written, that every
 * built file gets exactly one Content Security Policy on both hosts (scripts/lib/csp-rules.ts).
 *
 * Sources (December 2026):
 * - Netlify: docs.netlify.com/manage/routing/headers; its parser `@netlify/headers-parser`
 *   (`for_regexp.ts`): a pattern becomes `^/<parts>/?$`, case-insensitive; a whole part `*` becomes
 *   `?(.*)` (so `/admin/*` also matches `/admin` and `/administrasjon/`), `:name` one segment.
 *   Every matching rule's headers are sent: Netlify has no way to drop a header an earlier rule set.
 * - Cloudflare Pages: developers.cloudflare.com/pages/configuration/headers; `*` matches anything
 *   (slashes too), `:name` one segment, anchored, case-sensitive. Every matching rule's headers are
 *   sent, two values of one header joined with a comma; `! Name` detaches a header.
 */
import type { HeaderRule } from './headers-file.ts';

export type Host = 'netlify' | 'cloudflare';
export const HOSTS: readonly Host[] = ['netlify', 'cloudflare'];

// `-` needs no escape outside a class, and the `u` flag (Netlify's) refuses `\-`.
const escape = (s: string) => s.replace(/[/\\^$*+?.()|[\]{}]/g, '\\$&');

function netlifyRegExp(pattern: string): RegExp {
  const parts = pattern
    .split('/')
    .map((p) => p.trimEnd())
    .filter(Boolean)
    .map((p) => {
      if (p.startsWith(':')) return '([^/]+)';
      if (p === '*') return '?(.*)';
      if (p.includes('*')) return p.split('*').map(escape).join('(.*)');
      return escape(p);
    });
  return new RegExp(`^/${parts.join('/')}/?$`, 'iu');
}

function cloudflareRegExp(pattern: string): RegExp {
  const splat = pattern.split('*').map(escape).join('(.*)');
  return new RegExp(`^${splat.replace(/:[A-Za-z]\w*/g, '([^/]+)')}$`);
}

/** Whether a host applies `pattern` to the request path `path` (percent-encoded, as in a URL). */
export function hostMatches(host: Host, pattern: string, path: string): boolean {
  const key = `${host} ${pattern}`;
  let re = compiled.get(key);
  if (!re) compiled.set(key, (re = host === 'netlify' ? netlifyRegExp(pattern) : cloudflareRegExp(pattern)));
  return re.test(path);
}
/** Patterns compiled once: the check asks every rule about every file of the build. */
const compiled = new Map<string, RegExp>();

/**
 * Every header a host sends for `path`, one entry per rule that sets it (so two entries of one
 * name mean two headers on Netlify, or one comma-joined value on Cloudflare Pages: two policies
 * either way). On Cloudflare Pages a rule's `! Name` first drops what the rules before it set.
 */
export function hostHeaders(host: Host, rules: readonly HeaderRule[], path: string): [string, string][] {
  let out: [string, string][] = [];
  for (const rule of rules.filter((r) => hostMatches(host, r.pattern, path))) {
    const detached = new Set(host === 'cloudflare' ? (rule.detach ?? []).map((d) => d.toLowerCase()) : []);
    out = [...out.filter(([name]) => !detached.has(name.toLowerCase())), ...rule.headers];
  }
  return out;
}

/** A file's path as a browser requests it (WHATWG URL path encoding: space, non-ASCII, `%`… escaped). */
export function requestPath(file: string): string {
  const escaped = file.replace(/[%#?]/g, (c) => encodeURIComponent(c));
  return new URL(`/${escaped}`, 'http://host/').pathname;
}

/** The request paths a host serves a built file under: `a/b.css` → `/a/b.css`; `a/index.html` also `/a/`. */
export function servedPaths(file: string): string[] {
  const path = requestPath(file);
  if (file === 'index.html') return ['/', path];
  if (file.endsWith('/index.html')) return [path.slice(0, -'index.html'.length), path];
  return [path];
}
