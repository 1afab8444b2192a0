/**
 * Which `_headers` rules carry the Content Security Policy, computed from the built files, so that
 * no path gets two policies. A site-wide `/*` rule cannot carry it: Netlify sends every matching
 * rule's headers and cannot drop one (Cloudflare's `! Name` is unknown there), so `/admin/` got the
 * strict policy and the editor's, and the stricter won. Instead the strict policy goes to `/`, to
 * each file at the root of the build and to each top-level folder (`/<name>/*`) but the editor's,
 * which gets its own; other headers stay on `/*`.
 *
 * Netlify's `/<name>/*` also matches any path starting with `/<name>` (`/om/*` matches `/omtale/`,
 * see header-hosts.ts), hence the stem rules below. `cspProblems` checks the result against both hosts.
 */
import { HOSTS, hostHeaders, requestPath, servedPaths } from './header-hosts.ts';
import type { HeaderRule } from './headers-file.ts';

/** A pattern and which policy it carries: the site's, or the web editor's (`admin`). */
export interface CspTarget {
  pattern: string;
  admin: boolean;
}

/**
 * The CSP patterns for a build. `files`: every file of the build, relative, with `/` (`om/index.html`);
 * `adminDir`: the web editor's top-level folder. Throws when `files` is empty (there is nothing to protect).
 *
 * A top-level name that begins others (`arrangementer/` and `arrangementer.ics`) gets one stem rule,
 * `/arrangementer*`, which takes all of them on both hosts; when they need different policies (a
 * stem of `admin`) or differ in case (Cloudflare matches case), each of their files gets exact rules.
 */
export function cspTargets(files: readonly string[], adminDir = 'admin'): CspTarget[] {
  if (files.length === 0) throw new Error('_headers: the build has no files');
  const rootFiles = new Set(files.filter((f) => !f.includes('/')));
  const names = [...new Set(files.map((f) => f.split('/')[0]!))].sort(
    (a, b) => a.length - b.length || (a < b ? -1 : 1),
  );
  const out: CspTarget[] = [];
  const seen = new Set<string>();
  const add = (pattern: string, admin: boolean) => {
    if (!seen.has(pattern)) out.push({ pattern, admin });
    seen.add(pattern);
  };
  const exact = (name: string) => {
    for (const f of files.filter((x) => x === name || x.startsWith(`${name}/`))) {
      for (const p of servedPaths(f)) add(p, name === adminDir);
    }
  };
  const done = new Set<string>();
  if (rootFiles.has('index.html')) add('/', false);
  for (const name of names) {
    if (done.has(name)) continue;
    const group = names.filter((n) => !done.has(n) && n.toLowerCase().startsWith(name.toLowerCase()));
    for (const n of group) done.add(n);
    // A `*` or `:name` in a name widens its pattern; cspProblems finds it if that reaches another path.
    const stem = requestPath(name);
    if (group.length === 1) {
      if (rootFiles.has(name)) add(stem, false);
      else add(`${stem}/*`, name === adminDir);
    } else if (group.every((n) => n.startsWith(name) && (n === adminDir) === (name === adminDir))) {
      add(`${stem}*`, name === adminDir);
    } else {
      for (const n of group) exact(n);
    }
  }
  return out;
}

/**
 * Every served path of the build that, on Netlify or Cloudflare Pages, gets no policy, two, or the
 * wrong one, as `host path: what`. Empty when each gets exactly one: the editor's under `adminDir`,
 * the site's everywhere else.
 */
export function cspProblems(
  rules: readonly HeaderRule[],
  files: readonly string[],
  policies: { site: string; admin: string },
  adminDir = 'admin',
): string[] {
  const problems: string[] = [];
  for (const file of files) {
    const want = file.startsWith(`${adminDir}/`) ? policies.admin : policies.site;
    for (const host of HOSTS) {
      for (const p of servedPaths(file)) {
        const got = hostHeaders(host, rules, p)
          .filter(([n]) => n.toLowerCase() === 'content-security-policy')
          .map(([, v]) => v);
        if (got.length !== 1) problems.push(`${host} ${p}: ${got.length} Content-Security-Policy headers`);
        else if (got[0] !== want) problems.push(`${host} ${p}: the wrong Content-Security-Policy`);
      }
    }
  }
  return problems;
}
