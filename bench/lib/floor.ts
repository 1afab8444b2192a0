/**
 * The floor (issue 15): the same generated corpus built by Hugo with a plain layout
 * (bench/floor/) and indexed by the same Pagefind binary the site's integration uses, measured in
 * the same run and the same way as our build (bench/lib/measure.ts). Our figures are reported as
 * ratios to it, because ratios measured in one run hold from day to day where seconds do not.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import { parseFrontmatter, splitFrontmatter } from '../../src/lib/frontmatter.ts';
import { KINDS } from '../../src/lib/kinds.ts';
import { getTheme, isThemeId } from '../../src/lib/themes.ts';
import { PAGE_SIZE } from '../../src/lib/site.ts';
import { dirSize } from './dir-size.ts';
import { measure } from './measure.ts';
import { indexSize, type IndexSize } from './index-size.ts';
import { pagefindBinary } from '../../src/build/pagefind-cli.ts';

export interface FloorRun {
  /** Hugo and Pagefind, start to exit (s). */
  wallSeconds: number;
  hugoSeconds: number;
  pagefindSeconds: number;
  /** Highest sum of resident memory over the process tree (MiB), as for our build. */
  peakRssMiB: number;
  maxProcessRssMiB: number;
  cpuSeconds: number;
  cpuPercent: number;
  /** Pages Hugo wrote (HTML, lists and entries) and pages Pagefind indexed. */
  pages: number;
  indexedPages: number;
  dist: { MiB: number; files: number };
  index: IndexSize;
}

const MARKER = 'FLOOR: hugo done';

/**
 * One generated entry (`content/<kind>/<slug>.mdx`) as a Hugo page: the same title, description,
 * date and themes in Hugo's frontmatter, the kind's search type and the theme labels for
 * Pagefind's filters (as src/components/SearchMeta.astro gives them), the body as it is
 * (Markdown; the editors' components pass through as elements).
 * Throws when the file has no frontmatter (the generator always writes one).
 */
export function toHugoPage(file: string, text: string): { file: string; text: string } {
  const { yaml, body } = splitFrontmatter(text);
  if (yaml === null) throw new Error(`${file}: no frontmatter`);
  const data = parseFrontmatter(yaml) as { title: string; description: string; date: string; themes: string[] };
  const kindId = file.split('/')[1];
  const kind = KINDS.find((k) => k.id === kindId);
  if (!kind) throw new Error(`${file}: not under a kind's folder`);
  const front = {
    title: data.title,
    description: data.description,
    date: data.date,
    tema: data.themes,
    sokType: kind.type,
    temaLabels: data.themes.map((t) => {
      if (!isThemeId(t)) throw new Error(`${file}: unknown theme ${t}`);
      return getTheme(t).label;
    }),
  };
  return {
    file: file.replace(/\.mdx$/, '.md'),
    text: `---\n${stringify(front)}---\n${body}`,
  };
}

/** Writes the floor site: bench/floor/ (config and layouts) plus every entry of the corpus. */
export function writeFloorSite(
  files: ReadonlyMap<string, string | Uint8Array>,
  floorTemplate: string,
  out: string,
): number {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  cpSync(floorTemplate, out, { recursive: true });
  let written = 0;
  for (const [file, text] of files) {
    // People, publications, photos and PDFs have no pages in the floor.
    if (!file.endsWith('.mdx') || typeof text !== 'string') continue;
    const page = toHugoPage(file, text);
    mkdirSync(path.dirname(path.join(out, page.file)), { recursive: true });
    writeFileSync(path.join(out, page.file), page.text);
    written += 1;
  }
  return written;
}

function hugoCount(log: string, row: string): number {
  return Number(new RegExp(`^\\s*[\\d.]+\\s+${row}\\s+\\|\\s+(\\d+)`, 'm').exec(log)?.[1] ?? 0);
}

/** Builds the floor site in `root` with Hugo, indexes it with Pagefind, and measures both as one tree. */
export async function buildFloor(root: string, hugo: string): Promise<FloorRun & { log: string }> {
  const pagefind = await pagefindBinary();
  const script = `"$HUGO" --destination public && echo '${MARKER}' && "$PAGEFIND" --site public`;
  const run = await measure('sh', ['-c', script], {
    cwd: root,
    // Lists as long as the site's (Hugo reads HUGO_<SETTING> over its config file).
    env: { ...process.env, HUGO: hugo, PAGEFIND: pagefind, HUGO_PAGINATE: String(PAGE_SIZE), NO_COLOR: '1' },
  });
  if (run.code !== 0) throw new Error(`the floor build failed in ${root}:\n${run.log.slice(-4000)}`);
  const hugoDone = run.lines.find((l) => l.text.includes(MARKER))?.at ?? 0;
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const dist = dirSize(path.join(root, 'public'));
  const mib = (bytes: number) => Math.round((bytes / 1024 ** 2) * 10) / 10;
  return {
    wallSeconds: seconds(run.wallMs),
    hugoSeconds: seconds(hugoDone),
    pagefindSeconds: seconds(run.wallMs - hugoDone),
    peakRssMiB: Math.round(Math.max(run.peakTreeKiB, run.maxProcessKiB) / 1024),
    maxProcessRssMiB: Math.round(run.maxProcessKiB / 1024),
    cpuSeconds: run.cpuSeconds,
    cpuPercent: run.cpuPercent,
    // Hugo's summary table: pages and the further pages of paginated lists.
    pages: hugoCount(run.log, 'Pages') + hugoCount(run.log, 'Paginator pages'),
    indexedPages: Number(/Indexed (\d+) pages?/.exec(run.log)?.[1] ?? 0),
    dist: { MiB: mib(dist.bytes), files: dist.files },
    index: indexSize(path.join(root, 'public/pagefind')),
    log: run.log,
  };
}
