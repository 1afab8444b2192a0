/**
 * `npm run check`: validates all content and lists every problem at once, as
 *   content/artikler/foo.mdx:4 — themes — ukjent tema «samording» — et av … (mente du «samordning»?)
 * Exits 1 when there is any problem. The build runs the same check (src/integrations/content-check.ts).
 *
 *   node scripts/check.ts [--root <project folder>] [--github]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { appendFileSync, existsSync } from 'node:fs';
import { formatReport, validateContent } from '../src/lib/validate/index.ts';
import { annotation, summaryMarkdown } from '../src/lib/validate/summary.ts';

// --github: also write the problems as GitHub annotations and into $GITHUB_STEP_SUMMARY (the CI step).
const { values } = parseArgs({
  options: { root: { type: 'string', default: '.' }, github: { type: 'boolean', default: false } },
});
const root = path.resolve(values.root);
// The same cache folder as the build's (Astro's cacheDir), when the project has one.
const astroCache = path.join(root, 'node_modules', '.astro');
const cacheDir =
  process.env['ASTRO_CACHE_DIR'] ?? (existsSync(path.join(root, 'node_modules')) ? astroCache : undefined);
const { problems, entries } = validateContent(root, { cacheDir });
// In GitHub Actions: the messages on the pull request's files and in the job summary, in Norwegian.
if (values.github) {
  for (const p of problems) console.log(annotation(p));
  const summary = process.env['GITHUB_STEP_SUMMARY'];
  if (summary) appendFileSync(summary, summaryMarkdown(problems, entries));
}
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Innholdet er i orden: ${entries} filer kontrollert.`);
