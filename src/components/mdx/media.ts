import type { ImageMetadata } from 'astro';
import { statSync } from 'node:fs';
import path from 'node:path';
import { contentFileOf } from '../../lib/rich/file-path.ts';

/**
 * Files beside the content (content/bilder/, content/vedlegg/, content/video/), found by the path an
 * editor writes relative to the entry. Every entry sits one folder down (content/<type>/), so
 * `../bilder/kart.jpg` means content/bilder/kart.jpg from any of them. Vite publishes each file
 * under /_astro/ with a content hash; `npm run check` reports a path that names no file.
 */
// Vite needs the pattern as a literal: the endings of src/lib/rich/image-file.ts, in both cases
// (src/lib/rich/image-file.test.ts holds them together).
const images = import.meta.glob<{ default: ImageMetadata }>(
  '/content/bilder/**/*.{jpg,jpeg,png,webp,avif,svg,JPG,JPEG,PNG,WEBP,AVIF,SVG}',
);
const files = import.meta.glob<string>(['/content/vedlegg/**/*', '/content/video/**/*', '!**/*.{md,mdx,yaml,yml}'], {
  query: '?url',
  import: 'default',
});

declare const __KB_ROOT__: string;

function key(src: string): string {
  const resolved = contentFileOf(src);
  if (!resolved) throw new Error(`«${src}» peker ut av content/`);
  return `/${resolved}`;
}

/** The image an editor names (`../bilder/kart.jpg`), ready for astro:assets. */
export async function contentImage(src: string): Promise<ImageMetadata> {
  const load = images[key(src)];
  if (!load) throw new Error(`Bildet «${src}» finnes ikke i content/bilder/`);
  return (await load()).default;
}

/** The published address and the size in bytes of an attachment, video or captions file. */
export async function contentFile(src: string): Promise<{ url: string; bytes: number; name: string }> {
  const id = key(src);
  const load = files[id];
  if (!load) throw new Error(`Filen «${src}» finnes ikke i content/`);
  return { url: await load(), bytes: statSync(path.join(__KB_ROOT__, id)).size, name: path.basename(id) };
}
