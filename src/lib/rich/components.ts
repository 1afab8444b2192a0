import { IMAGE_EXTENSIONS } from './image-file.ts';

/**
 * The editors' contract for MDX components: the names editors write in a body (without `import`),
 * their props in Norwegian, which are required and what values they take. The check
 * (src/lib/validate/body.ts) and the editor guide read this list; the components themselves live
 * in src/components/mdx/ and are handed to every MDX body by src/components/mdx/index.ts.
 */

/** What a prop's value is: free text, one of a list, a file beside the content, or a flag with no value. */
export type PropKind = 'tekst' | 'valg' | 'bilde' | 'vedlegg' | 'video' | 'teksting' | 'flagg';

export interface PropSpec {
  name: string;
  kind: PropKind;
  /** Required props are marked «påkrevd» in the guide; a missing one is an editor error. */
  required: boolean;
  /** For `valg`: the allowed values. */
  values?: readonly string[];
  /** One line for the guide, Norwegian. */
  description: string;
  /**
   * Other names an editor gives this prop, meaning it beyond doubt (`forfatter` for `kilde`, `src`
   * for `bilde`), in small letters: the check names the prop meant, with the value kept.
   */
  aliases?: readonly string[];
}

export interface ComponentSpec {
  name: string;
  /** Whether the component wraps text (`<Faktaboks …>tekst</Faktaboks>`) or stands alone (`<Figur … />`). */
  content: boolean;
  description: string;
  props: readonly PropSpec[];
}

/** Folders beside the content folders, named as an editor would look for them. */
export const MEDIA_FOLDERS = { bilde: 'bilder', vedlegg: 'vedlegg', video: 'video', teksting: 'video' } as const;

/** File endings each kind of file accepts, lower case; images from the one list in ./image-file.ts. */
export const FILE_TYPES: Record<'bilde' | 'vedlegg' | 'video' | 'teksting', readonly string[]> = {
  bilde: IMAGE_EXTENSIONS,
  vedlegg: ['pdf', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'csv'],
  video: ['mp4', 'webm'],
  teksting: ['vtt'],
};

/**
 * Endings of images and videos the site does not take (`IMG_1.HEIC` from an iPhone, `opptak.mov`):
 * a file named from the editor's own computer is still known for what it is, and said to be saved
 * in a type the site takes first (docs/redaktor.md, «Bilder og vedlegg»).
 */
export const OTHER_TYPES: Record<'bilde' | 'video', readonly string[]> = {
  bilde: ['heic', 'heif', 'tif', 'tiff', 'bmp', 'gif'],
  video: ['mov', 'avi', 'wmv', 'mkv', 'm4v', 'mpg', 'mpeg', '3gp'],
};

export const COMPONENTS: readonly ComponentSpec[] = [
  {
    name: 'Faktaboks',
    content: true,
    description: 'En boks med fakta ved siden av hovedteksten.',
    props: [
      {
        name: 'tittel',
        kind: 'tekst',
        required: true,
        description: 'Overskriften i boksen.',
        aliases: ['title', 'overskrift'],
      },
    ],
  },
  {
    name: 'Merknad',
    content: true,
    description: 'En merknad som skiller seg ut: til informasjon, eller en advarsel.',
    props: [
      {
        name: 'type',
        kind: 'valg',
        required: true,
        values: ['info', 'advarsel'],
        description: '«info» eller «advarsel».',
      },
    ],
  },
  {
    name: 'Sitat',
    content: true,
    description: 'Et sitat med kilden under.',
    props: [
      {
        name: 'kilde',
        kind: 'tekst',
        required: true,
        description: 'Hvem som sa eller skrev det.',
        aliases: ['forfatter', 'av', 'person', 'navn', 'source', 'author', 'cite', 'sitert'],
      },
    ],
  },
  {
    name: 'Figur',
    content: false,
    description: 'Et bilde med bildetekst og kreditering.',
    props: [
      {
        name: 'bilde',
        kind: 'bilde',
        required: true,
        description: 'Bildefilen, f.eks. ../bilder/kart.jpg.',
        aliases: ['src', 'fil', 'image', 'bildefil'],
      },
      {
        name: 'alt',
        kind: 'tekst',
        required: true,
        description: 'Hva bildet viser, for den som ikke ser det. Kan sløyfes bare med «dekorativ».',
      },
      {
        name: 'bildetekst',
        kind: 'tekst',
        required: false,
        description: 'Teksten under bildet.',
        aliases: ['caption', 'tekst', 'undertekst'],
      },
      {
        name: 'kreditering',
        kind: 'tekst',
        required: false,
        description: 'Fotograf eller kilde.',
        aliases: ['foto', 'fotograf', 'kilde', 'credit', 'illustrasjon'],
      },
      {
        name: 'dekorativ',
        kind: 'flagg',
        required: false,
        description: 'Bildet er bare pynt og skal ikke leses opp (da uten alt).',
      },
    ],
  },
  {
    name: 'Utvid',
    content: true,
    description: 'En del som leseren kan folde ut.',
    props: [{ name: 'tittel', kind: 'tekst', required: true, description: 'Teksten leseren klikker på.' }],
  },
  {
    name: 'Vedlegg',
    content: false,
    description: 'En lenke til et vedlegg, med filtype og størrelse.',
    props: [
      {
        name: 'fil',
        kind: 'vedlegg',
        required: true,
        description: 'Filen, f.eks. ../vedlegg/rapport.pdf.',
        aliases: ['src', 'href', 'file', 'vedlegg'],
      },
      {
        name: 'tekst',
        kind: 'tekst',
        required: false,
        description: 'Lenketeksten; standard er «Last ned vedlegget».',
      },
    ],
  },
  {
    name: 'Video',
    content: false,
    description: 'En video fra egen server, med teksting (WCAG 1.2.2).',
    props: [
      {
        name: 'fil',
        kind: 'video',
        required: true,
        description: 'Videofilen, f.eks. ../video/seminar.mp4.',
        aliases: ['src', 'file', 'video'],
      },
      {
        name: 'teksting',
        kind: 'teksting',
        required: true,
        description: 'Tekstingen som WebVTT, f.eks. ../video/seminar.vtt.',
      },
      {
        name: 'tittel',
        kind: 'tekst',
        required: true,
        description: 'Hva videoen viser.',
        aliases: ['title'],
      },
    ],
  },
];

export function componentSpec(name: string): ComponentSpec | undefined {
  return COMPONENTS.find((c) => c.name === name);
}

/** The folder, relative to the project root, that a content file prop resolves into; null when it escapes `content/`. */
export function contentFilePath(entryFile: string, value: string): string | null {
  const dir = entryFile.split('/').slice(0, -1);
  const parts = [...dir];
  for (const part of value.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  const resolved = parts.join('/');
  return resolved.startsWith('content/') ? resolved : null;
}
