/**
 * `npm run check`: validates all content and lists every problem at once, as
 *   content/artikler/foo.mdx:4 — themes — ukjent tema «samording» — et av … (mente du «samordning»?)
 * Exits 1 when there is any problem. The build runs the same check (src/integrations/content-check.ts).
 *
 *   node scripts/check.ts [--root <project folder>]
 */
import { parseArgs } from 'node:util';
import path from 'node:path';
import { formatReport, validateContent } from '../src/lib/validate/index.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const { problems, entries } = validateContent(path.resolve(values.root));
if (problems.length > 0) {
  console.error(formatReport(problems));
  process.exit(1);
}
console.log(`Innholdet er i orden: ${entries} filer kontrollert.`);
