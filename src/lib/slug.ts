/** Norwegian and other letters that do not decompose to ASCII by NFKD alone. */
const LETTERS: Record<string, string> = {
  æ: 'ae',
  ø: 'o',
  å: 'a',
  ß: 'ss',
  đ: 'd',
  ł: 'l',
  œ: 'oe',
};

/**
 * Turns a title or a file name into a URL slug: lower case ASCII, words joined by hyphens.
 * «Nøklene til handlingsrommet» → `noklene-til-handlingsrommet`.
 */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[æøåßđłœ]/g, (ch) => LETTERS[ch] ?? ch)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The slug of a content file: its name without the extension, slugified. */
export function slugFromFileName(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? fileName;
  return slugify(base.replace(/\.(mdx|md)$/i, ''));
}
