/**
 * Writes a synthetic site (bench/lib/corpus.ts) as a site root that shares the project's code.
 *
 *   node bench/generate.ts --count 1000 --out bench/corpus/1000 [--shape blandet|lang-hale]
 */
import { mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { CODE, snapshotSources } from '../scripts/lib/clean-build.ts';
import { generateCorpus, parseShape, type Corpus, type ShapeName } from './lib/corpus.ts';
import { writeJpeg } from './lib/images.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Writes a corpus's files and photos under `root` (a site root or a test's folder). */
export async function writeCorpus({ files, images }: Corpus, root: string): Promise<void> {
  for (const [file, data] of files) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), data);
  }
  for (const image of images) {
    mkdirSync(path.dirname(path.join(root, image.path)), { recursive: true });
    await writeJpeg(image, path.join(root, image.path));
  }
}

/** Writes a corpus as a site root that shares the project's code and node_modules. */
export async function writeSite(count: number, out: string, shape: ShapeName = 'blandet'): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  // The project's code is copied; node_modules is shared through a link.
  snapshotSources(PROJECT, out, CODE);
  symlinkSync(path.join(PROJECT, 'node_modules'), path.join(out, 'node_modules'));
  await writeCorpus(generateCorpus(count, { shape }), out);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const { values } = parseArgs({
    options: { count: { type: 'string', default: '1000' }, out: { type: 'string' }, shape: { type: 'string' } },
  });
  const count = Number(values.count);
  const shape = parseShape(values.shape);
  const out = path.resolve(values.out ?? `bench/corpus/${shape}-${count}`);
  await writeSite(count, out, shape);
  console.log(`Wrote ${count} entries (${shape}) to ${out}`);
}
