/**
 * Which image files the site takes, in one list, and whether a file is what its name says and
 * whole. Astro's image service (sharp/libvips) reads more formats than the site offers; the site
 * takes those it serves well to every browser: JPEG, PNG, WebP and AVIF are optimised (WebP in
 * several widths, the original format as fallback), SVG is served as it is (src/components/mdx/
 * Picture.astro). A lead image is also the Open Graph image, which sharing services take only as a
 * raster image (Open Graph protocol, og:image; HeadMeta.astro makes a 1200 px JPEG): no SVG there.
 *
 * Signatures: JPEG ITU T.81 Annex B (SOI FFD8, EOI FFD9), PNG ISO/IEC 15948 §5.2–5.3 (signature,
 * chunks, IEND), WebP RIFF container (RFC 9649 §2), AVIF/HEIF ISO/IEC 14496-12 §4.2 (boxes, `ftyp`
 * brands), SVG 2 §5.1 (an `<svg>` root element).
 */

export interface ImageFormat {
  /** What editors call it, for messages and the guide: «JPEG». */
  label: string;
  /** File endings, lower case, without the dot. */
  extensions: readonly string[];
  /** A raster image (pixels), which can be an Open Graph image; SVG is not. */
  raster: boolean;
}

export const IMAGE_FORMATS: readonly ImageFormat[] = [
  { label: 'JPEG', extensions: ['jpg', 'jpeg'], raster: true },
  { label: 'PNG', extensions: ['png'], raster: true },
  { label: 'WebP', extensions: ['webp'], raster: true },
  { label: 'AVIF', extensions: ['avif'], raster: true },
  { label: 'SVG', extensions: ['svg'], raster: false },
];

/** Every image file ending the site takes, lower case. */
export const IMAGE_EXTENSIONS: readonly string[] = IMAGE_FORMATS.flatMap((f) => f.extensions);

/** The format a file ending stands for (`heic` → «HEIC»), known to the site or not. */
export function formatOfName(name: string): ImageFormat | undefined {
  const ext = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  return IMAGE_FORMATS.find((f) => f.extensions.includes(ext));
}

/** The file ending of a name, lower case, or '' (`IMG_1.HEIC` → `heic`). */
export function extensionOf(name: string): string {
  return /\.([a-z0-9]+)$/i.exec(name.split('/').pop() ?? '')?.[1]?.toLowerCase() ?? '';
}

const ascii = (bytes: Uint8Array, start: number, length: number) =>
  String.fromCharCode(...bytes.subarray(start, start + length));
const u32LE = (b: Uint8Array, i: number) => (b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24)) >>> 0;
const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;

/** The format the bytes are (by signature), or a word for what they are instead; null: not recognised. */
export function sniffFormat(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'JPEG';
  if (ascii(bytes, 0, 8) === '\x89PNG\r\n\x1a\n') return 'PNG';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return 'WebP';
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brands = [ascii(bytes, 8, 4), ...Array.from({ length: 8 }, (_, i) => ascii(bytes, 16 + i * 4, 4))];
    const size = u32(bytes, 0);
    const own = brands.slice(0, 1 + Math.max(0, (size - 16) / 4));
    if (own.includes('avif') || own.includes('avis')) return 'AVIF';
    if (own.some((b) => ['heic', 'heix', 'hevc', 'heim', 'heis', 'mif1', 'msf1'].includes(b))) return 'HEIC';
    return null;
  }
  if (ascii(bytes, 0, 4) === 'II*\0' || ascii(bytes, 0, 4) === 'MM\0*') return 'TIFF';
  if (ascii(bytes, 0, 2) === 'BM') return 'BMP';
  if (ascii(bytes, 0, 4) === 'GIF8') return 'GIF';
  if (ascii(bytes, 0, 5) === '%PDF-') return 'PDF';
  if (ascii(bytes, 0, 4) === '8BPS') return 'PSD';
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0) return 'ICO';
  const head = new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, 4096));
  if (/^\uFEFF?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*|<!DOCTYPE[^>]*>\s*)*<svg[\s>]/i.test(head)) return 'SVG';
  return null;
}

/** Whether a JPEG reaches its end marker (EOI): segments by their lengths, entropy-coded data to the next marker. */
function jpegComplete(b: Uint8Array): boolean {
  let i = 2;
  while (i + 1 < b.length) {
    if (b[i] !== 0xff) return false;
    const marker = b[i + 1]!;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    if (marker === 0xd9) return true;
    if (marker >= 0xd0 && marker <= 0xd7) {
      i += 2;
      continue;
    }
    if (i + 3 >= b.length) return false;
    const length = (b[i + 2]! << 8) | b[i + 3]!;
    i += 2 + length;
    if (marker === 0xda) {
      // Entropy-coded data: a marker is 0xFF followed by anything but 0x00 (stuffing) or a restart.
      for (;;) {
        i = b.indexOf(0xff, i);
        if (i < 0 || i + 1 >= b.length) return false;
        const next = b[i + 1]!;
        if (next === 0x00 || (next >= 0xd0 && next <= 0xd7) || next === 0xff) i += next === 0xff ? 1 : 2;
        else break;
      }
    }
  }
  return false;
}

/** Whether a PNG's chunks, each of its stated length, reach IEND. */
function pngComplete(b: Uint8Array): boolean {
  let i = 8;
  while (i + 8 <= b.length) {
    const length = u32(b, i);
    const type = ascii(b, i + 4, 4);
    i += 12 + length;
    if (type === 'IEND') return i <= b.length;
  }
  return false;
}

/** Whether the top-level boxes of an ISO-BMFF file (AVIF) fit the file, with a `meta` and an `mdat`. */
function bmffComplete(b: Uint8Array): boolean {
  let i = 0;
  const seen = new Set<string>();
  while (i + 8 <= b.length) {
    let size = u32(b, i);
    const type = ascii(b, i + 4, 4);
    if (size === 1) size = Number((BigInt(u32(b, i + 8)) << 32n) | BigInt(u32(b, i + 12)));
    if (size === 0) size = b.length - i;
    if (size < 8 || i + size > b.length) return false;
    seen.add(type);
    i += size;
  }
  return i === b.length && seen.has('meta');
}

/**
 * The most pixels sharp decodes (its `limitInputPixels` default, 0x3FFF²), which Astro's image
 * service keeps (astro/dist/assets/services/sharp.js): a larger image stops the build.
 */
export const MAX_PIXELS = 268_402_689;

/** Width and height from a JPEG's SOF segment, a PNG's IHDR or a WebP's VP8/VP8L/VP8X chunk; null when not found. */
export function imageSize(bytes: Uint8Array, format: string): { width: number; height: number } | null {
  const b = bytes;
  if (format === 'PNG' && b.length >= 24) return { width: u32(b, 16), height: u32(b, 20) };
  if (format === 'WebP' && b.length >= 30) {
    const chunk = ascii(b, 12, 4);
    if (chunk === 'VP8X')
      return {
        width: 1 + (b[24]! | (b[25]! << 8) | (b[26]! << 16)),
        height: 1 + (b[27]! | (b[28]! << 8) | (b[29]! << 16)),
      };
    if (chunk === 'VP8L') {
      const bits = u32LE(b, 21);
      return { width: 1 + (bits & 0x3fff), height: 1 + ((bits >>> 14) & 0x3fff) };
    }
    if (chunk === 'VP8 ')
      return { width: (b[26]! | (b[27]! << 8)) & 0x3fff, height: (b[28]! | (b[29]! << 8)) & 0x3fff };
    return null;
  }
  if (format === 'JPEG') {
    let i = 2;
    while (i + 9 < b.length && b[i] === 0xff) {
      const marker = b[i + 1]!;
      if (marker === 0xff) {
        i += 1;
        continue;
      }
      // SOF0–SOF15 but DHT (C4), JPG (C8) and DAC (CC): ITU T.81 Table B.1.
      if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc)
        return { height: (b[i + 5]! << 8) | b[i + 6]!, width: (b[i + 7]! << 8) | b[i + 8]! };
      if (marker === 0xda || marker === 0xd9) return null;
      i += 2 + ((b[i + 2]! << 8) | b[i + 3]!);
    }
  }
  return null;
}

/**
 * What is wrong with an image file's bytes for the site, or null when it is a whole image of the
 * format its name says. `name` is the file's name (its ending says the format meant).
 */
export function imageFileProblem(
  name: string,
  bytes: Uint8Array,
):
  | { kind: 'tom' }
  | { kind: 'annet'; found: string | null }
  | { kind: 'ufullstendig' }
  | { kind: 'for-stort'; width: number; height: number }
  | null {
  const meant = formatOfName(name);
  if (!meant) return null;
  if (bytes.length === 0) return { kind: 'tom' };
  const found = sniffFormat(bytes);
  if (found !== meant.label) return { kind: 'annet', found };
  const size = imageSize(bytes, found);
  if (size && size.width * size.height > MAX_PIXELS) return { kind: 'for-stort', ...size };
  const whole =
    found === 'JPEG'
      ? jpegComplete(bytes)
      : found === 'PNG'
        ? pngComplete(bytes)
        : found === 'WebP'
          ? u32LE(bytes, 4) + 8 <= bytes.length
          : found === 'AVIF'
            ? bmffComplete(bytes)
            : /<\/svg\s*>\s*$|<svg[^>]*\/>\s*$/i.test(new TextDecoder().decode(bytes.subarray(-4096)).trimEnd());
  return whole ? null : { kind: 'ufullstendig' };
}

/** «JPEG, PNG, WebP, AVIF eller SVG» (or only the raster ones), for messages and the guide. */
export function formatList(only: 'alle' | 'raster' = 'alle'): string {
  const labels = IMAGE_FORMATS.filter((f) => only === 'alle' || f.raster).map((f) => f.label);
  return `${labels.slice(0, -1).join(', ')} eller ${labels.at(-1)}`;
}
