/**
 * The rich-content fixture site: the real project and content plus e2e/fixtures/rich/ (an entry
 * using every editor component beside a plain-Markdown one) and the binary files that
 * rich-files.ts makes, built once into dist-rich/ and served on its own port. The image cache
 * (dist-rich/cache/) is kept between runs, as CI keeps it between builds.
 */
import type { ChildProcess } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CODE, snapshotSources } from '../../scripts/lib/clean-build.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';
import { serveSite } from '../../scripts/lib/serve-site.ts';
import { PUBLICATION_PDF_WORD, writeRichFiles } from './rich-files.ts';
import { textPdf } from '../../scripts/lib/text-pdf.ts';

export const RICH_ROOT = path.resolve('dist-rich');
export const RICH_PROJECT = path.join(RICH_ROOT, 'project');
export const RICH_OUT = path.join(RICH_PROJECT, 'dist');
/** Its own port, away from the suite's (PW_PORT, 4311–4312); `RICH_PORT` moves it. */
export const RICH_PORT = Number(process.env['RICH_PORT']) || 4471;
export const RICH_URL = `http://127.0.0.1:${RICH_PORT}`;

/** The editor guide's component examples (```mdx blocks in docs/redaktor.md), as one entry. */
export function guideExamples(): string[] {
  const guide = readFileSync('docs/redaktor.md', 'utf8');
  return [...guide.matchAll(/^```mdx\n([\s\S]*?)^```/gm)].map((m) => m[1]!.trim());
}
const GUIDE_ENTRY_TITLE = 'Eksemplene fra redaktørveiledningen';
function guideEntry(): string {
  const front = ['---', `title: '${GUIDE_ENTRY_TITLE}'`, "description: 'Hver komponent slik veiledningen viser den.'"];
  return [
    ...front,
    'date: 2017-02-18',
    'themes: [samordning]',
    '---',
    '',
    ...guideExamples().map((e) => `${e}\n`),
  ].join('\n');
}

/** A publication that has its own page gets its report as a PDF (`attachment` in publikasjoner.yaml). */
export const PUBLICATION_WITH_PDF = 'mot-alle-odds';
function attachToPublication(contentDir: string): void {
  const file = path.join(contentDir, 'publikasjoner.yaml');
  const yaml = readFileSync(file, 'utf8');
  const line = `- id: ${PUBLICATION_WITH_PDF}\n`;
  if (!yaml.includes(line)) throw new Error(`content/publikasjoner.yaml has no ${PUBLICATION_WITH_PDF}`);
  writeFileSync(file, yaml.replace(line, `${line}  attachment: vedlegg/${PUBLICATION_WITH_PDF}.pdf\n`));
  writeFileSync(
    path.join(contentDir, `vedlegg/${PUBLICATION_WITH_PDF}.pdf`),
    textPdf([`Rapporten om ${PUBLICATION_PDF_WORD}.`]),
  );
}

/**
 * Builds the fixture site; returns the build's output (its log) for tests that read it.
 * `RICH_REUSE=1` reuses the last build of this run's sources (while working on the spec only).
 */
export async function buildRichSite(): Promise<string> {
  const log = path.join(RICH_ROOT, 'build.log');
  if (process.env['RICH_REUSE'] === '1' && existsSync(log)) return readFileSync(log, 'utf8');
  rmSync(RICH_PROJECT, { recursive: true, force: true });
  snapshotSources(process.cwd(), RICH_PROJECT, [...CODE, 'content']);
  cpSync('e2e/fixtures/rich/content', path.join(RICH_PROJECT, 'content'), { recursive: true });
  await writeRichFiles(path.join(RICH_PROJECT, 'content'));
  writeFileSync(path.join(RICH_PROJECT, 'content/artikler/fra-veiledningen.mdx'), guideEntry());
  attachToPublication(path.join(RICH_PROJECT, 'content'));
  const result = buildSite(RICH_PROJECT, { ASTRO_CACHE_DIR: path.join(RICH_ROOT, 'cache') });
  const out = result.out;
  if (result.status !== 0) throw new Error(`The rich fixture site did not build:\n${out}`);
  writeFileSync(log, out);
  return out;
}

/** Serves the built fixture site as a static host would; stop it with `.kill()`. */
export async function serveRichSite(): Promise<ChildProcess> {
  if (!existsSync(RICH_OUT) || !statSync(RICH_OUT).isDirectory()) throw new Error('build the rich site first');
  return serveSite(RICH_OUT, '/', RICH_PORT);
}
