import { IMAGE_EXTENSIONS } from '../rich/image-file.ts';
import { decodedPath } from '../rich/file-path.ts';

/** Longer than this, an alt text is heavy to listen to (WebAIM, «Alternative Text»: «succinct»; WCAG 1.1.1 H37). */
export const ALT_MAX = 250;

const FILE_NAME = new RegExp(`^[^\\s/]+\\.(${IMAGE_EXTENSIONS.join('|')})$`, 'i');
/** What cameras and phones name photos: IMG_2034, DSC01234, PXL_20240101_…, Screenshot 2024-… */
const CAMERA_NAME =
  /^(img|dsc|dscn|dcim|pxl|mvimg|screenshot|skjermbilde|bilde|image|photo|foto)[\s_-]*[\d_ .:-]+((kl\.?|at)[\d_ .:-]+)?$/i;

/**
 * What is wrong with an image's alt text, in Norwegian, or null. `alt` is the text as written,
 * `src` the image's path. An alt text says what the image shows (WCAG 1.1.1): the file's name
 * says nothing, and a screen reader reads it letter by letter.
 */
export function altProblem(alt: string, src: string): { problem: string; expected: string } | null {
  const text = alt.trim();
  const written = src.split(/[\\/]/).pop() ?? '';
  const name = (decodedPath(written) ?? written).toLowerCase();
  const stem = name.replace(/\.[^.]*$/, '');
  if (text === '') return null;
  // A name with its ending, or a stem written as only a file is («mitt_kart», «kart-2024»); a word alone
  // («Logo» for logo.svg) says what the image shows, even when the file is named for it too.
  const looksLikeName = text.toLowerCase() === stem && /[-_.\d]/.test(stem);
  if (text.toLowerCase() === name || looksLikeName || FILE_NAME.test(text) || CAMERA_NAME.test(text))
    return {
      problem: `alt-teksten «${text}» til bildet «${src}» er et filnavn, ikke en beskrivelse`,
      expected: 'en alt-tekst som sier hva bildet viser, f.eks. «Kart over regionene»',
    };
  if ([...text].length > ALT_MAX)
    return {
      problem: `alt-teksten til bildet «${src}» er ${[...text].length} tegn, lengre enn ${ALT_MAX}, og tung å lytte til`,
      expected: `en kort alt-tekst (høyst ${ALT_MAX} tegn); skriv resten i bildeteksten eller i teksten rundt`,
    };
  return null;
}
