/**
 * `npm run build`: the whole build in four steps, each in turn, in the folder it is run in
 * (docs/architecture.md, «The build»):
 *
 *   1. `astro build` in a process of its own: pages, feeds, sitemap, web editor; beside it, on the
 *      second core, the content check in a worker thread (scripts/lib/content-check-worker.ts):
 *      Astro's output is held until the check has passed, and a failed check stops Astro with
 *      the check's report, as `npm run check` words it, and nothing of Astro's; then, while Astro
 *      renders, the search index's first pass on the pages it has rendered (src/build/search-prepass.ts);
 *   2. the search index (src/build/search-index.ts), once Astro has exited and given its memory back;
 *   3. the completeness check (src/build/completeness.ts), which reads the finished index;
 *   4. `_headers` (scripts/write-headers.ts), from every file the steps before wrote.
 *
 * Arguments go to `astro build`. Exits with Astro's code when Astro fails, 1 when a later step fails.
 * When any step fails after Astro has begun writing, the output folder is renamed
 * `<outDir>.ufullstendig`: what is left under the deployed name is a finished build or nothing.
 */
import { spawn } from 'node:child_process';
import { Worker } from 'node:worker_threads';
import { existsSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { stepLog } from '../src/build/log.ts';
import { buildSettings } from '../src/build/settings.ts';
import { astroCli } from './lib/build-site.ts';
import { CHECKED_BESIDE, setAsideOutdated } from '../src/build/content-check-beside.ts';
import { PREPASS_ENV, indexFolder } from '../src/build/search-prepass.ts';
import { formatReport, type Problem } from '../src/lib/validate/problem.ts';

const site = buildSettings(process.cwd());

/** Moves a half-built output out of the deployed name, saying so, and ends the build. */
async function setAside(code: number, report?: string): Promise<never> {
  if (existsSync(site.outDir)) {
    const failed = `${site.outDir}.ufullstendig`;
    await rm(failed, { recursive: true, force: true });
    await rename(site.outDir, failed);
    report = `${report ? `${report}\n` : ''}Ingenting er klart til publisering: resultatet er flyttet til ${path.basename(failed)}/ for feilsøking.`;
  }
  if (report) console.error(report);
  process.exit(code);
}

/** Writes `_headers` from every file of the build (scripts/write-headers.ts, scripts/lib/csp-rules.ts). */
async function headersStep(settings: typeof site, stepLogger: ReturnType<typeof stepLog>): Promise<void> {
  const { writeHeadersFile } = await import('./write-headers.ts');
  const { cmsSettings } = await import('../src/lib/cms/settings.ts');
  writeHeadersFile(settings.outDir, cmsSettings(process.env).connect);
  stepLogger.info('_headers written');
}

const log = stepLog('build');
// The search index's folder, filled while Astro renders (src/build/search-prepass.ts); gone however the build ends.
const prepass = await indexFolder();
process.on('exit', () => rmSync(prepass, { recursive: true, force: true }));
const astroStarted = performance.now();
// The content check beside Astro's start-up and content sync: both take seconds, on one core each.
const checked = new Promise<{ problems: Problem[]; entries: number }>((resolve, reject) => {
  const worker = new Worker(new URL('./lib/content-check-worker.ts', import.meta.url), {
    workerData: { root: site.root, cacheDir: site.cacheDir },
  });
  worker.once('message', resolve);
  worker.once('error', reject);
});
const astro = spawn(process.execPath, [astroCli(site.root), 'build', ...process.argv.slice(2)], {
  stdio: ['inherit', 'pipe', 'pipe'],
  env: {
    ...process.env,
    [CHECKED_BESIDE]: '1',
    [PREPASS_ENV]: prepass,
    // Piped, Astro would drop its colours in a terminal that shows them.
    ...(process.stdout.isTTY && !process.env['NO_COLOR'] ? { FORCE_COLOR: '1' } : {}),
  },
});
const astroExited = new Promise<number>((resolve) => astro.once('close', (code) => resolve(code ?? 1)));
// Astro's output waits until the check has passed: a failed check shows its report alone.
const held: [NodeJS.WriteStream, Buffer][] = [];
let holding = true;
for (const [from, to] of [
  [astro.stdout, process.stdout],
  [astro.stderr, process.stderr],
] as const)
  from.on('data', (chunk: Buffer) => (holding ? held.push([to, chunk]) : to.write(chunk)));
const { problems, entries } = await checked.catch((error: unknown) => {
  astro.kill();
  console.error(`Innholdskontrollen feilet: ${error instanceof Error ? error.stack : String(error)}`);
  return process.exit(1);
});
if (problems.length > 0) {
  astro.kill();
  await astroExited;
  const moved = setAsideOutdated(site.outDir);
  console.error(`${formatReport(problems)}${moved ? `\n${moved}` : ''}`);
  process.exit(1);
}
stepLog('content-check').info(`${entries} content files checked: no problems`);
holding = false;
for (const [to, chunk] of held) to.write(chunk);
const astroCode = await astroExited;
if (astroCode !== 0) await setAside(astroCode);
log.info(`astro: done in ${Math.round(performance.now() - astroStarted)} ms`);

// Loaded only now, so that this process stays small while Astro runs.
const steps = [
  {
    name: 'search-index',
    run: async (settings: typeof site, stepLogger: ReturnType<typeof stepLog>) =>
      (await import('../src/build/search-index.ts')).writeSearchIndex(settings, stepLogger, prepass),
    failed: 'Søkeindeksen ble ikke skrevet',
  },
  {
    name: 'completeness',
    run: (await import('../src/build/completeness.ts')).checkCompleteness,
    failed: 'Kontrollen av det ferdige bygget feilet',
  },
  {
    // Last, once every file is written (pagefind/ included): the policy is given per top-level path.
    name: 'headers',
    run: headersStep,
    failed: '_headers ble ikke skrevet',
  },
];
for (const step of steps) {
  // bench/lib/build.ts reads these lines to tell the steps apart.
  log.info(`${step.name}: started`);
  const started = performance.now();
  try {
    await step.run(site, stepLog(step.name));
    log.info(`${step.name}: done in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    // The completeness check's report is for editors and complete as it is; anything else is a fault in the code.
    const text =
      error instanceof Error
        ? error.message.startsWith('Bygget er ufullstendig')
          ? error.message
          : `${step.failed}: ${error.stack}`
        : `${step.failed}: ${String(error)}`;
    await setAside(1, text);
  }
}
