/**
 * The site's security policy, written once. `astro.config.mjs` puts the Content Security Policy in a
 * `<meta http-equiv>` on every page (for hosts that cannot set headers), `scripts/write-headers.ts`
 * writes the same policy as HTTP headers into `dist/_headers` after each build (Netlify, Cloudflare Pages), and the
 * nginx snippet in docs/deploying.md repeats it; unit tests keep
 * all three in step.
 */
import type { AstroUserConfig } from 'astro';
import { ADMIN_DIR } from '../../src/lib/cms/admin-files.ts';
import { cspTargets } from './csp-rules.ts';

/** CSP directives as [name, sources]. Everything comes from the site's own origin. */
export const CSP_DIRECTIVES: readonly [string, string][] = [
  ['default-src', "'self'"],
  // Pagefind compiles its WebAssembly search engine in the page and in its worker.
  ['script-src', "'self' 'wasm-unsafe-eval'"],
  ['style-src', "'self'"],
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  // Pagefind runs its search in a web worker loaded from /pagefind/pagefind-worker.js.
  ['worker-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  // Only an HTTP header can carry this one: browsers ignore it (and complain) in a <meta>.
  ['frame-ancestors', "'none'"],
];

type AstroCsp = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type AstroCspDirective = NonNullable<AstroCsp['directives']>[number];

/** Directives a `<meta http-equiv="Content-Security-Policy">` cannot carry. */
const HEADER_ONLY = new Set(['frame-ancestors', 'report-uri', 'sandbox']);

export function cspHeader(): string {
  return CSP_DIRECTIVES.map(([name, sources]) => `${name} ${sources}`).join('; ');
}

/** The sources of one directive as a list (`'self'`, `'wasm-unsafe-eval'`). */
export function sourcesOf(directive: string): string[] {
  return (CSP_DIRECTIVES.find(([name]) => name === directive)?.[1] ?? '').split(' ').filter(Boolean);
}

/**
 * Astro's `security.csp` option: Astro writes script-src and style-src itself (adding hashes of any
 * inline script or style it emits), the other directives come from the list above.
 */
export function astroCsp() {
  return {
    algorithm: 'SHA-256',
    directives: CSP_DIRECTIVES.filter(
      ([name]) => !HEADER_ONLY.has(name) && name !== 'script-src' && name !== 'style-src',
    ).map(([name, sources]) => `${name} ${sources}` as AstroCspDirective),
    scriptDirective: { resources: sourcesOf('script-src') },
    styleDirective: { resources: sourcesOf('style-src') },
  } satisfies AstroCsp;
}

/**
 * What the web editor at `/admin/` needs beyond the site's policy, and why (measured in Chromium by
 * e2e/cms.once.spec.ts, which fails on any violation). Every other page keeps the policy above.
 */
export const ADMIN_LOOSER: Readonly<Record<string, readonly string[]>> = {
  // Decap validates its configuration with ajv, which compiles validators with `new Function`:
  // without this the editor stops at «Error loading the CMS configuration: EvalError». Still no inline script.
  'script-src': ["'unsafe-eval'"],
  // Decap's React styling (emotion) and its editor insert <style> elements and style attributes.
  'style-src': ["'unsafe-inline'"],
  // Previews of images the editor has just chosen are blob: URLs, and Decap reads an upload back
  // from its blob: URL (fetch) to send it to the git host as base64.
  'img-src': ['blob:'],
  'connect-src': ['blob:'],
};

/**
 * The policy of `/admin/`: the site's, with ADMIN_LOOSER added and `connect-src` widened to the git
 * host's API (`https://api.github.com`) or the local proxy of `npm run cms` (`http://localhost:8081`).
 */
export function adminCspDirectives(connect: readonly string[]): [string, string][] {
  return CSP_DIRECTIVES.map(([name, sources]): [string, string] => {
    const extra = [...(ADMIN_LOOSER[name] ?? []), ...(name === 'connect-src' ? connect : [])];
    return [name, [sources, ...extra].join(' ')];
  });
}

/** What `/admin/` talks to with the default backend (GitHub): its API. */
export const DEFAULT_ADMIN_CONNECT: readonly string[] = ['https://api.github.com'];

export function adminCspHeader(connect: readonly string[]): string {
  return adminCspDirectives(connect)
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ');
}

/** The admin policy for a `<meta http-equiv>`: without what only a header can carry. */
export function adminCspMeta(connect: readonly string[]): string {
  return adminCspDirectives(connect)
    .filter(([name]) => !HEADER_ONLY.has(name))
    .map(([name, sources]) => `${name} ${sources}`)
    .join('; ');
}

/** Security headers every response gets. */
export const SECURITY_HEADERS: readonly [string, string][] = [
  ['Content-Security-Policy', cspHeader()],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['X-Frame-Options', 'DENY'],
];

/** A year, for files whose names change when their content does. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Files with stable names that change between deploys: revalidate every time. */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/**
 * The `_headers` rules (Netlify, Cloudflare Pages) for a build, paths relative to the published
 * folder. `files`: every file of the build (`om/index.html`), because the Content Security Policy
 * is given per top-level path (scripts/lib/csp-rules.ts), never to `/*`, so that `/admin/` gets its
 * own policy alone on both hosts. Rules never set the same header twice for one path: Cloudflare
 * joins such values with a comma. HTML and the few Pagefind files with stable names get the hosts'
 * default, `max-age=0, must-revalidate`.
 */
export function headerRules(
  files: readonly string[],
  adminConnect: readonly string[] = DEFAULT_ADMIN_CONNECT,
): { pattern: string; headers: [string, string][] }[] {
  const csp = (admin: boolean) => (admin ? adminCspHeader(adminConnect) : cspHeader());
  return [
    { pattern: '/*', headers: SECURITY_HEADERS.filter(([name]) => name !== 'Content-Security-Policy') },
    ...cspTargets(files, ADMIN_DIR).map(({ pattern, admin }) => ({
      pattern,
      headers: [['Content-Security-Policy', csp(admin)]] as [string, string][],
    })),
    // Vite names these after their content hash.
    { pattern: '/_astro/*', headers: [['Cache-Control', IMMUTABLE]] },
    // Pagefind names its index chunks after their content hash too (pagefind.js, the worker, the
    // WebAssembly and pagefind-entry.json keep their names and are revalidated).
    { pattern: '/pagefind/fragment/*', headers: [['Cache-Control', IMMUTABLE]] },
    { pattern: '/pagefind/index/*', headers: [['Cache-Control', IMMUTABLE]] },
    { pattern: '/pagefind/filter/*', headers: [['Cache-Control', IMMUTABLE]] },
  ];
}
