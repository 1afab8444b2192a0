/**
 * Writes a synthetic site (bench/lib/corpus.ts) as a site root that shares the project's code.
 *
 *   node bench/generate.ts --count 1000 --out bench/corpus/1000
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CODE, snapshotSources } from '../scripts/lib/clean-build.ts';
import { generateCorpus } from './lib/corpus.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Writes a corpus as a site root that shares the project's code and node_modules. */
export function writeSite(count: number, out: string): void {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The project's code is copied; node_modules is shared through a link.
  snapshotSources(PROJECT, out, CODE);
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(out, 'node_modules'));
  for (const [file, text] of generateCorpus(count).files) {
    mkdirSync(path.dirname(path.join(out, file)), { recursive: true });
    writeFileSync(path.join(out, file), text);
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '1000' }, out: { type: 'string' } } });
  const count = Number(values.count);
  const out = path.resolve(values.out ?? `bench/corpus/${count}`);
  writeSite(count, out);
  console.log(`Wrote ${count} entries to ${out}`);
}
