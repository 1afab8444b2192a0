/**
 * The editor's MDX components as Decap editor blocks («Sett inn» in the text field). The list has the
 * shape of «rich»'s COMPONENTS (src/lib/rich/components.ts, issue 12) so that, once it is merged,
 * `EDITOR_COMPONENTS` becomes `COMPONENTS` by one import. Each block writes and reads back exactly the
 * MDX an editor would type: `<Faktaboks tittel="…">\n\ntekst\n\n</Faktaboks>`, `<Figur bilde="…" alt="…" />`.
 */
export interface BlockProp {
  name: string;
  required: boolean;
  /** For a choice: the allowed values. */
  values?: readonly string[];
  description: string;
}

export interface BlockSpec {
  name: string;
  /** Wraps text (`<Merknad …>tekst</Merknad>`) or stands alone (`<Figur … />`). */
  content: boolean;
  description: string;
  props: readonly BlockProp[];
}

export const EDITOR_COMPONENTS: readonly BlockSpec[] = [
  {
    name: 'Faktaboks',
    content: true,
    description: 'En boks med fakta ved siden av hovedteksten.',
    props: [{ name: 'tittel', required: true, description: 'Overskriften i boksen.' }],
  },
  {
    name: 'Merknad',
    content: true,
    description: 'En merknad: til informasjon, eller en advarsel.',
    props: [{ name: 'type', required: true, values: ['info', 'advarsel'], description: '«info» eller «advarsel».' }],
  },
  {
    name: 'Sitat',
    content: true,
    description: 'Et sitat med kilden.',
    props: [{ name: 'kilde', required: true, description: 'Hvem som sa eller skrev det.' }],
  },
  {
    name: 'Figur',
    content: false,
    description: 'Et bilde med bildetekst og kreditering.',
    props: [
      { name: 'bilde', required: true, description: 'Bildefilen.' },
      { name: 'alt', required: true, description: 'Hva bildet viser, for dem som ikke ser det.' },
      { name: 'bildetekst', required: false, description: 'Teksten under bildet.' },
      { name: 'kreditering', required: false, description: 'Fotograf eller kilde.' },
    ],
  },
  {
    name: 'Utvid',
    content: true,
    description: 'En del leseren kan folde ut.',
    props: [{ name: 'tittel', required: true, description: 'Teksten leseren klikker på.' }],
  },
  {
    name: 'Vedlegg',
    content: false,
    description: 'En lenke til et vedlegg (PDF eller kontordokument).',
    props: [
      { name: 'fil', required: true, description: 'Filen.' },
      { name: 'tekst', required: false, description: 'Lenketeksten.' },
    ],
  },
];

/** The MDX a block writes, e.g. `<Sitat kilde="Eivind Dale">\n\nTekst\n\n</Sitat>`. Empty optional props are left out. */
export function blockToMdx(spec: BlockSpec, data: Record<string, string | undefined>): string {
  const attrs = spec.props
    .filter((p) => (data[p.name] ?? '') !== '')
    .map((p) => ` ${p.name}="${String(data[p.name]).replace(/"/g, '&quot;')}"`)
    .join('');
  if (!spec.content) return `<${spec.name}${attrs} />`;
  return `<${spec.name}${attrs}>\n\n${(data['innhold'] ?? '').trim()}\n\n</${spec.name}>`;
}

/** Reads back what blockToMdx wrote (the attributes in any order); undefined when `mdx` is not such a block. */
export function mdxToBlock(spec: BlockSpec, mdx: string): Record<string, string> | undefined {
  const open = new RegExp(`^<${spec.name}((?:\\s+[a-zæøå]+="[^"]*")*)\\s*(/?)>`).exec(mdx);
  if (!open) return undefined;
  const out: Record<string, string> = {};
  for (const m of open[1]!.matchAll(/([a-zæøå]+)="([^"]*)"/g)) out[m[1]!] = m[2]!.replace(/&quot;/g, '"');
  if (spec.content) {
    const close = `</${spec.name}>`;
    if (open[2] || !mdx.endsWith(close)) return undefined;
    out['innhold'] = mdx.slice(open[0].length, -close.length).trim();
  }
  return out;
}
