/**
 * Writes `_headers` (Netlify, Cloudflare Pages) into a finished build from scripts/lib/security-policy.ts.
 * The build does it last (scripts/build.ts, after the search index), because the Content Security Policy is given
 * per top-level path of the build (scripts/lib/csp-rules.ts). `npm run headers` rewrites it for an
 * existing build (`OUT_DIR`, default `dist`), with the web editor's git host from the CMS_* variables.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { cspProblems } from './lib/csp-rules.ts';
import { formatHeadersFile } from './lib/headers-file.ts';
import { adminCspHeader, cspHeader, DEFAULT_ADMIN_CONNECT, headerRules } from './lib/security-policy.ts';
import { ADMIN_DIR } from '../src/lib/cms/admin-files.ts';
import { cmsSettings } from '../src/lib/cms/settings.ts';

export const HEADERS_COMMENT =
  'Generated after the build by scripts/write-headers.ts from scripts/lib/security-policy.ts: edit those.\nRead by Netlify and Cloudflare Pages (and scripts/serve.ts); see docs/deploying.md for nginx and S3.';

/** The most rules a `_headers` file may have on Cloudflare Pages. */
export const MAX_RULES = 100;

/** Every file of a build, relative and with `/`, except `_headers` itself (hosts never serve it). */
export function builtFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.relative(outDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .filter((f) => f !== '_headers')
    .sort();
}

/** The file's text for a build of `files`; `adminConnect`: what `/admin/` may talk to (default: GitHub's API). */
export function headersFileText(
  files: readonly string[],
  adminConnect: readonly string[] = DEFAULT_ADMIN_CONNECT,
): string {
  const rules = headerRules(files, adminConnect);
  const problems = cspProblems(rules, files, { site: cspHeader(), admin: adminCspHeader(adminConnect) }, ADMIN_DIR);
  if (problems.length > 0) {
    throw new Error(`_headers would not give every path exactly one policy:\n${problems.slice(0, 20).join('\n')}`);
  }
  // Cloudflare Pages reads at most 100 rules (developers.cloudflare.com/pages/configuration/headers, «Limits»).
  if (rules.length > MAX_RULES) {
    throw new Error(
      `_headers would have ${rules.length} rules; Cloudflare Pages reads ${MAX_RULES}: fewer top-level names in the build`,
    );
  }
  return formatHeadersFile(rules, HEADERS_COMMENT);
}

/** Writes `<outDir>/_headers` for the files the build holds now. */
export function writeHeadersFile(outDir: string, adminConnect?: readonly string[]): void {
  writeFileSync(path.join(outDir, '_headers'), headersFileText(builtFiles(outDir), adminConnect));
}

if (import.meta.main) {
  const outDir = process.env['OUT_DIR'] || 'dist';
  writeHeadersFile(outDir, cmsSettings(process.env).connect);
  console.log(`Wrote ${outDir}/_headers`);
}
