/**
 * The binary files of the rich-content fixture (e2e/fixtures/rich/), made when the fixture is built
 * rather than kept in git: a camera-sized JPEG, a small PNG, a text PDF and a stand-in video.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { textPdf } from '../../scripts/lib/text-pdf.ts';

/** A 6000 × 4000 JPEG of about 8 MB: smooth shapes (as a photo has) under fine grain (as a sensor gives). */
export async function cameraJpeg(): Promise<Buffer> {
  const shapes = await sharp({
    create: {
      width: 60,
      height: 40,
      channels: 3,
      background: '#808080',
      noise: { type: 'gaussian', mean: 128, sigma: 70 },
    },
  })
    .resize(6000, 4000, { kernel: 'cubic' })
    .blur(40)
    .raw()
    .toBuffer();
  const grain = await sharp({
    create: {
      width: 6000,
      height: 4000,
      channels: 3,
      background: '#000000',
      noise: { type: 'gaussian', mean: 0, sigma: 14 },
    },
  })
    .raw()
    .toBuffer();
  for (let i = 0; i < shapes.length; i++) shapes[i] = Math.max(0, Math.min(255, shapes[i]! + grain[i]! - 0));
  return sharp(shapes, { raw: { width: 6000, height: 4000, channels: 3 } })
    .jpeg({ quality: 94 })
    .toBuffer();
}

/** The fixture's PDF word: it occurs nowhere else in the site. */
export const PDF_ONLY_WORD = 'flamingoregisteret';
/** The word of the publication's PDF, also found nowhere else. */
export const PUBLICATION_PDF_WORD = 'pelikanprotokollen';

export async function writeRichFiles(contentDir: string): Promise<void> {
  for (const dir of ['bilder', 'vedlegg', 'video']) mkdirSync(path.join(contentDir, dir), { recursive: true });
  writeFileSync(path.join(contentDir, 'bilder/stort-foto.jpg'), await cameraJpeg());
  writeFileSync(
    path.join(contentDir, 'bilder/kart.png'),
    await sharp({ create: { width: 1200, height: 800, channels: 3, background: '#3366aa' } })
      .png()
      .toBuffer(),
  );
  // The photo the editor guide's <Figur> example names.
  writeFileSync(
    path.join(contentDir, 'bilder/ledermote.jpg'),
    await sharp({ create: { width: 1600, height: 1000, channels: 3, background: '#806040' } })
      .jpeg()
      .toBuffer(),
  );
  writeFileSync(
    path.join(contentDir, 'vedlegg/rapport.pdf'),
    textPdf([`Rapporten beskriver ${PDF_ONLY_WORD} i staten.`]),
  );
  // Not a playable film: the page's markup and captions track are what is tested.
  writeFileSync(path.join(contentDir, 'video/seminar.mp4'), Buffer.alloc(2048));
}
