import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import sharp from 'sharp';
import { crc32 } from 'node:zlib';
import {
  IMAGE_EXTENSIONS,
  IMAGE_FORMATS,
  MAX_PIXELS,
  formatList,
  imageFileProblem,
  imageSize,
  sniffFormat,
} from './image-file.ts';

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

describe('the editor guide on image types', () => {
  test('names every type the site takes, and says an SVG cannot be the lead image', () => {
    const guide = readFileSync('docs/redaktor.md', 'utf8');
    const paragraph = guide.split('\n\n').find((p) => p.startsWith('**Bildetyper.**'));
    expect(paragraph).toBeDefined();
    for (const f of IMAGE_FORMATS) expect(paragraph, f.label).toContain(f.label);
    expect(paragraph).toContain(`må derfor være ${formatList('raster')}, ikke SVG`);
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
      // Read strictly, sharp finds it broken too. Astro's image service reads leniently (failOn: 'none')
      // and would publish the missing part as grey: the check says so before the build does.
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

describe('images too large for the optimiser', () => {
  /** A PNG whose header says `width` × `height`: enough for sharp to refuse it, without the pixels. */
  const pngHeader = (width: number, height: number) => {
    const ihdr = Buffer.alloc(25);
    ihdr.writeUInt32BE(13, 0);
    ihdr.write('IHDR', 4, 'latin1');
    ihdr.writeUInt32BE(width, 8);
    ihdr.writeUInt32BE(height, 12);
    ihdr.writeUInt8(8, 16);
    ihdr.writeUInt8(2, 17);
    ihdr.writeUInt32BE(crc32(ihdr.subarray(4, 21)), 21);
    return Buffer.concat([
      Buffer.from('\x89PNG\r\n\x1a\n', 'latin1'),
      ihdr,
      Buffer.from('\0\0\0\0IEND\xaeB`\x82', 'latin1'),
    ]);
  };
  test('reads the size of each raster format from its header', async () => {
    for (const format of ['jpeg', 'png', 'webp'] as const) {
      const bytes = await sharp({ create: { width: 321, height: 123, channels: 3, background: '#000' } })
        [format]()
        .toBuffer();
      expect(imageSize(bytes, sniffFormat(bytes)!), format).toEqual({ width: 321, height: 123 });
    }
  });
  test(`names an image of more than ${MAX_PIXELS} pixels (sharp's limitInputPixels default)`, async () => {
    const big = pngHeader(20_000, 20_000);
    expect(imageFileProblem('a.png', big)).toEqual({ kind: 'for-stort', width: 20_000, height: 20_000 });
    expect(imageFileProblem('a.png', pngHeader(16_000, 16_000))).toBeNull();
  });
});
