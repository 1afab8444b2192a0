/**
 * The corpus's photos: real JPEGs made with sharp, deterministic for a seed (no random noise from
 * libvips, whose generator is not seeded). A soft pattern with fine grain on top, so that a large
 * one weighs about what a camera photo does and the image optimiser has real work to do.
 */
import sharp from 'sharp';
import { prng } from './prng.ts';

export interface ImageSpec {
  /** Path relative to the site root, `content/bilder/…jpg`. */
  path: string;
  width: number;
  height: number;
  seed: number;
}

/** Writes one image as a JPEG (quality 90, as a camera writes them) to `file`. */
export async function writeJpeg(spec: ImageSpec, file: string): Promise<void> {
  const random = prng(spec.seed);
  // A coarse grid of colours, scaled up smoothly: light and shade like a photo's.
  const gw = 12;
  const gh = 8;
  const grid = Buffer.alloc(gw * gh * 3);
  for (let i = 0; i < grid.length; i++) grid[i] = 40 + Math.floor(random() * 180);
  const base = await sharp(grid, { raw: { width: gw, height: gh, channels: 3 } })
    .resize(spec.width, spec.height, { kernel: 'cubic' })
    .raw()
    .toBuffer();
  // Fine grain from the seeded generator (a camera's sensor noise), ± 14 levels.
  for (let i = 0; i < base.length; i++) base[i] = Math.max(0, Math.min(255, base[i]! + Math.floor(random() * 29) - 14));
  await sharp(base, { raw: { width: spec.width, height: spec.height, channels: 3 } })
    .jpeg({ quality: 90 })
    .toFile(file);
}
