/**
 * The build's search-index step (src/build/search-index.ts) alone, on a site that has been built,
 * to see where its time goes without building again. It rewrites that site's `pagefind/`, as the
 * build would. Its last log line gives the step's phases in milliseconds; run it under Node's
 * profiler to see inside them:
 *
 *   node bench/index-step.ts --root bench/corpus/site-5000
 *   node --cpu-prof --cpu-prof-dir=bench/out bench/index-step.ts --root bench/corpus/site-5000
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stepLog } from '../src/build/log.ts';
import { writeSearchIndex } from '../src/build/search-index.ts';
import { buildSettings } from '../src/build/settings.ts';
import { watchPeak } from './lib/process-tree.ts';

const { values } = parseArgs({ options: { root: { type: 'string', default: '.' } } });
const stopWatching = watchPeak(process.pid);
const cpuAtStart = process.cpuUsage();
const started = performance.now();
await writeSearchIndex(buildSettings(path.resolve(values.root)), stepLog('search-index'));
const cpu = process.cpuUsage(cpuAtStart);
console.log(
  JSON.stringify({
    wallMs: Math.round(performance.now() - started),
    // Node's own CPU time: the rest of the step is Pagefind's binary.
    nodeCpuMs: Math.round((cpu.user + cpu.system) / 1000),
    peakTreeMiB: Math.round(stopWatching() / 1024),
    // Node's own peak, apart from Pagefind's binary.
    nodeMaxRssMiB: Math.round(process.resourceUsage().maxRSS / 1024),
  }),
);
