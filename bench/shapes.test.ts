import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { parse } from 'yaml';
import { SHAPES, generateCorpus, parseShape, type ShapeName } from './lib/corpus.ts';
import { writeCorpus } from './generate.ts';
import { writeJpeg } from './lib/images.ts';
import { textPdf } from '../scripts/lib/text-pdf.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { validateContent } from '../src/lib/validate/index.ts';
import { needsMdx } from '../src/lib/rich/mdx-body.ts';
import { pdfText } from '../src/build/attachment-text.ts';

const SHAPE_NAMES = Object.keys(SHAPES) as ShapeName[];
const entriesOf = (files: Map<string, string | Uint8Array>) =>
  [...files].filter((f): f is [string, string] => f[0].endsWith('.mdx'));
const data = (text: string) => parse(splitFrontmatter(text).yaml!) as Record<string, unknown>;
/** Distinct words of the bodies, as the search index would see them. */
const vocabulary = (files: Map<string, string | Uint8Array>) =>
  new Set(
    entriesOf(files).flatMap(
      ([, t]) =>
        splitFrontmatter(t)
          .body.toLowerCase()
          .match(/[a-zæøå]+/g) ?? [],
    ),
  );

describe.each(SHAPE_NAMES)('the corpus shape «%s»', (shape) => {
  const corpus = generateCorpus(64, { shape });
  const entries = entriesOf(corpus.files);

  test('is the same every time', () => {
    const again = generateCorpus(64, { shape });
    expect([...again.files]).toEqual([...corpus.files]);
    expect(again.images).toEqual(corpus.images);
  });

  test('passes the same content check as the build, photos and PDFs included', async () => {
    expect(corpus.images.length).toBeGreaterThan(0);
    const root = mkdtempSync(path.join(tmpdir(), `kb-shape-${shape}-`));
    try {
      await writeCorpus(corpus, root);
      const { problems, entries: checked } = validateContent(root);
      expect(problems).toEqual([]);
      expect(checked).toBe(64);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 60_000);

  test('has a quarter events, and the rich share: components, figures, lead images, attachments', () => {
    expect(entries.filter(([f]) => f.startsWith('content/arrangementer/'))).toHaveLength(64 / 4);
    const bodies = entries.map(([, t]) => splitFrontmatter(t).body);
    expect(bodies.filter(needsMdx)).toHaveLength(64 / 8);
    expect(bodies.filter((b) => b.includes('<Figur'))).toHaveLength(64 / 8);
    expect(bodies.filter((b) => b.includes('<Vedlegg fil="../vedlegg/'))).toHaveLength(64 / 16);
    const leads = entries.filter(([, t]) => (data(t)['image'] as { src?: string } | undefined)?.src);
    expect(leads.length).toBe(Math.ceil((64 - 2) / 5));
    // Every photo is used (an unused one is an editor error), and the first is a camera-sized one.
    const named = new Set(bodies.join('\n').match(/foto-\d+\.jpg/g));
    for (const [, t] of leads) named.add(String((data(t)['image'] as { src: string }).src.split('/').pop()));
    expect([...named].sort()).toEqual(corpus.images.map((i) => i.path.split('/').pop()).sort());
    expect(corpus.images[0]).toMatchObject({ width: 6000, height: 4000 });
  });
});

describe('the second shape (issue 15)', () => {
  const blandet = generateCorpus(200);
  const langHale = generateCorpus(200, { shape: 'lang-hale' });

  test('has no people or publications, in the lists or in the entries', () => {
    expect(parse(String(langHale.files.get('content/personer.yaml')))).toEqual([]);
    expect(parse(String(langHale.files.get('content/publikasjoner.yaml')))).toEqual([]);
    const named = entriesOf(langHale.files).filter(([, t]) => 'people' in data(t) || 'publications' in data(t));
    expect(named).toEqual([]);
    // The bench's own shape names both, so the difference is the shape's, not an accident.
    expect(entriesOf(blandet.files).every(([, t]) => 'people' in data(t) && 'publications' in data(t))).toBe(true);
  });

  test('has far more distinct words, and longer ones, than the bench’s own shape', () => {
    const own = vocabulary(blandet.files);
    const wide = vocabulary(langHale.files);
    expect(wide.size).toBeGreaterThan(2 * own.size);
    const longWords = (v: Set<string>) => [...v].filter((w) => w.length >= 25).length;
    expect(longWords(wide)).toBeGreaterThan(4 * longWords(own));
  });
});

describe('the corpus files', () => {
  test('a shape name from the command line: known ones pass, an unknown one names the choices', () => {
    expect(parseShape(undefined)).toBe('blandet');
    expect(parseShape('lang-hale')).toBe('lang-hale');
    expect(() => parseShape('lang_hale')).toThrow('one of blandet, lang-hale');
  });

  test('a photo is a real JPEG of its declared size', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-photo-'));
    try {
      const file = path.join(dir, 'foto.jpg');
      await writeJpeg({ path: 'content/bilder/foto.jpg', width: 640, height: 427, seed: 7 }, file);
      expect(await sharp(file).metadata()).toMatchObject({ format: 'jpeg', width: 640, height: 427 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a PDF attachment is read by the same text library as the search index', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'kb-pdf-'));
    try {
      const file = path.join(dir, 'rapport.pdf');
      writeFileSync(file, textPdf(['Rapport om styringsdialogen', 'Tiltak (nye) for ledere i staten på Østlandet']));
      const text = await pdfText(file, path.join(dir, 'cache'));
      expect(text).toContain('Rapport om styringsdialogen');
      expect(text).toContain('Tiltak (nye) for ledere i staten på Østlandet');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
