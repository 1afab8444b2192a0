import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';

const picture = (format: 'jpeg' | 'png' | 'tiff') =>
  sharp({
    create: {
      width: 40,
      height: 30,
      channels: 3,
      background: '#3366aa',
      noise: { type: 'gaussian', mean: 128, sigma: 40 },
    },
  })
    [format]()
    .toBuffer();

/**
 * e2e/fixtures/media-mistakes/ with its files: images of types the optimiser cannot read or the site
 * does not take, a «.jpg» that is text, truncated files, a lead image in SVG. Made here, not kept in git.
 */
export async function writeMediaMistakes(dir: string): Promise<string> {
  cpSync('e2e/fixtures/media-mistakes', dir, { recursive: true });
  const content = (p: string) => path.join(dir, 'content', p);
  for (const folder of ['bilder', 'vedlegg', 'video']) mkdirSync(content(folder), { recursive: true });
  const jpeg = await picture('jpeg');
  const png = await picture('png');
  const files: Record<string, Buffer> = {
    'bilder/riktig.jpg': jpeg,
    'bilder/avbrutt.jpg': jpeg.subarray(0, Math.floor(jpeg.length * 0.6)),
    'bilder/avbrutt.png': png.subarray(0, Math.floor(png.length * 0.6)),
    'bilder/tekst.jpg': Buffer.from('Dette er et notat, ikke et bilde.\n'),
    'bilder/kart.tif': await picture('tiff'),
    'bilder/tegning.bmp': Buffer.from('BM\0\0\0\0'),
    'bilder/foto.heic': Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]),
    'bilder/figur.heic': Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]),
    'bilder/referanse.heic': Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic')]),
    'bilder/logo.svg': Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 3"><rect width="4" height="3"/></svg>\n',
    ),
    'vedlegg/program.exe': Buffer.from('MZ'),
    'vedlegg/rapport.exe': Buffer.from('MZ'),
    'vedlegg/notat.pdf': Buffer.from('Notatet, lagret som tekst.\n'),
    'vedlegg/avbrutt.pdf': Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog', 'latin1'),
    'video/opptak.avi': Buffer.from('RIFF\0\0\0\0AVI '),
    'video/opptak.vtt': Buffer.from('WEBVTT\n'),
  };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(content(name), bytes);
  return dir;
}
