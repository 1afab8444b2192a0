import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { IMAGE_EXTENSIONS, IMAGE_FORMATS, formatList, imageFileProblem, sniffFormat } from './image-file.ts';

const blank = (format: 'jpeg' | 'png' | 'webp' | 'avif' | 'tiff' | 'gif', progressive = false) =>
  sharp({
    create: {
      width: 64,
      height: 48,
      channels: 3,
      background: '#3366aa',
      noise: { type: 'gaussian', mean: 128, sigma: 30 },
    },
  })
    [format]({ ...(format === 'jpeg' ? { progressive } : {}) })
    .toBuffer();
const SVG = Buffer.from(
  '<?xml version="1.0"?>\n<!-- kart -->\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>\n',
);

describe('one list of image types', () => {
  test('every format has endings, and the raster ones exclude SVG', () => {
    expect(IMAGE_FORMATS.length).toBeGreaterThan(0);
    expect(IMAGE_EXTENSIONS).toEqual(IMAGE_FORMATS.flatMap((f) => f.extensions));
    expect(formatList('raster')).not.toContain('SVG');
    expect(formatList()).toContain('SVG');
  });
  test('the image glob in src/components/mdx/media.ts names every ending of the list, in both cases, and no other', () => {
    const source = readFileSync('src/components/mdx/media.ts', 'utf8');
    const glob = /'\/content\/bilder\/\*\*\/\*\.\{([^}]+)\}'/.exec(source)?.[1]?.split(',');
    expect(glob?.sort()).toEqual([...IMAGE_EXTENSIONS, ...IMAGE_EXTENSIONS.map((e) => e.toUpperCase())].sort());
  });
});

describe('image files are what their names say, and whole', () => {
  test('accepts a whole file of each raster format and SVG, baseline and progressive JPEG', async () => {
    expect(imageFileProblem('a.jpg', await blank('jpeg'))).toBeNull();
    expect(imageFileProblem('a.JPEG', await blank('jpeg', true))).toBeNull();
    expect(imageFileProblem('a.png', await blank('png'))).toBeNull();
    expect(imageFileProblem('a.webp', await blank('webp'))).toBeNull();
    expect(imageFileProblem('a.avif', await blank('avif'))).toBeNull();
    expect(imageFileProblem('a.svg', SVG)).toBeNull();
  });
  test.each(['jpg', 'png', 'webp', 'avif'] as const)('finds a truncated .%s', async (ext) => {
    const whole = await blank(ext === 'jpg' ? 'jpeg' : ext);
    for (const keep of [0.5, 0.9]) {
      const cut = whole.subarray(0, Math.floor(whole.length * keep));
      expect(imageFileProblem(`a.${ext}`, cut)).toEqual({ kind: 'ufullstendig' });
      // sharp, which Astro's image service uses, refuses it too: the check says so before the build does.
      await expect(sharp(cut, { failOn: 'warning' }).webp().toBuffer()).rejects.toThrow();
    }
  });
  test('finds a truncated SVG', () => {
    expect(imageFileProblem('a.svg', SVG.subarray(0, 60))).toEqual({ kind: 'ufullstendig' });
  });
  test('names what a file really is when its ending says otherwise', async () => {
    expect(imageFileProblem('a.jpg', Buffer.from('Dette er ikke et bilde.\n'))).toEqual({ kind: 'annet', found: null });
    expect(imageFileProblem('a.jpg', await blank('png'))).toEqual({ kind: 'annet', found: 'PNG' });
    expect(imageFileProblem('a.png', await blank('tiff'))).toEqual({ kind: 'annet', found: 'TIFF' });
    expect(imageFileProblem('a.png', await blank('gif'))).toEqual({ kind: 'annet', found: 'GIF' });
    expect(imageFileProblem('a.jpg', Buffer.from('%PDF-1.4\n'))).toEqual({ kind: 'annet', found: 'PDF' });
    expect(imageFileProblem('a.svg', Buffer.from('<html><body>x</body></html>'))).toEqual({
      kind: 'annet',
      found: null,
    });
    expect(imageFileProblem('a.jpg', Buffer.alloc(0))).toEqual({ kind: 'tom' });
  });
  test('recognises HEIC (an iPhone photo) by its ftyp brand, and BMP by its signature', () => {
    const heic = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]);
    expect(sniffFormat(heic)).toBe('HEIC');
    expect(sniffFormat(Buffer.from('BM\0\0\0\0'))).toBe('BMP');
  });
});
