/**
 * The editor's MDX components as Decap editor blocks (the «+» menu of the text field), derived from
 * the components' contract, COMPONENTS in src/lib/rich/components.ts: the same names, props, required
 * props, choices and help, nothing listed again. A block's label is the component's name and a
 * field's label the prop's, as the editor writes them in MDX. Each block writes and reads back exactly
 * the MDX an editor would type: `<Faktaboks tittel="…">\n\ntekst\n\n</Faktaboks>`, `<Figur bilde="…" alt="…" />`.
 * Decap's editor components: https://decapcms.org/docs/custom-widgets/#registereditorcomponent.
 */
import { COMPONENTS, MEDIA_FOLDERS, type ComponentSpec, type PropSpec } from '../rich/components.ts';

export type BlockProp = Pick<PropSpec, 'name' | 'kind' | 'required' | 'values' | 'description'>;

export interface BlockSpec {
  name: string;
  /** Wraps text (`<Merknad …>tekst</Merknad>`) or stands alone (`<Figur … />`). */
  content: boolean;
  description: string;
  props: readonly BlockProp[];
}

/** What a block's fields hold: text, or `true` for a flag that is set. */
export type BlockData = Record<string, string | boolean | undefined>;

const toBlock = (c: ComponentSpec): BlockSpec => ({
  name: c.name,
  content: c.content,
  description: c.description,
  props: c.props.map((p) => ({
    name: p.name,
    kind: p.kind,
    required: p.required,
    ...(p.values ? { values: p.values } : {}),
    description: p.description,
  })),
});

export const EDITOR_COMPONENTS: readonly BlockSpec[] = COMPONENTS.map(toBlock);

/**
 * The Decap field of one prop: a text line, a choice, a checkbox for a flag, or the media library
 * for a file (images into the image folder of the whole configuration, attachments and videos into
 * their own folders beside the content, MEDIA_FOLDERS, written as `../<folder>/<file>`).
 */
export function blockField(spec: BlockSpec, p: BlockProp): Record<string, unknown> {
  // The check waives alt on a Figur marked «dekorativ» (src/lib/validate/components.ts, WCAG 1.1.1):
  // the editor must be able to leave it empty there, and the check reports a Figur with neither.
  const waived = p.name === 'alt' && spec.props.some((f) => f.name === 'dekorativ' && f.kind === 'flagg');
  const base = { name: p.name, label: p.name, hint: p.description, required: p.required && !waived };
  switch (p.kind) {
    case 'valg':
      return { ...base, widget: 'select', options: p.values ?? [] };
    case 'flagg':
      return { ...base, widget: 'boolean', default: false };
    case 'bilde':
      return { ...base, widget: 'image', choose_url: false };
    case 'vedlegg':
    case 'video':
    case 'teksting':
      return {
        ...base,
        widget: 'file',
        choose_url: false,
        media_folder: `/content/${MEDIA_FOLDERS[p.kind]}`,
        public_folder: `../${MEDIA_FOLDERS[p.kind]}`,
      };
    default:
      return { ...base, widget: 'string' };
  }
}

/** Every field of a block: one per prop, and the text it wraps (`innhold`) for a wrapping component. */
export function blockFields(spec: BlockSpec): Record<string, unknown>[] {
  const fields = spec.props.map((p) => blockField(spec, p));
  if (spec.content) fields.push({ name: 'innhold', label: 'Tekst', widget: 'markdown', required: true });
  return fields;
}

/**
 * The MDX a block writes, e.g. `<Sitat kilde="Eivind Dale">\n\nTekst\n\n</Sitat>`. Empty optional props
 * and unset flags are left out; a set flag stands alone (`<Figur … dekorativ />`). Runs in the browser
 * too (admin-files.ts sends its source): it uses nothing but its arguments.
 */
export function blockToMdx(spec: BlockSpec, data: BlockData): string {
  const attrs = spec.props
    .map((p) => {
      const v = data[p.name];
      if (p.kind === 'flagg') return v === true || v === 'true' ? ` ${p.name}` : '';
      if (v === undefined || v === '' || typeof v === 'boolean') return '';
      return ` ${p.name}="${String(v).replace(/"/g, '&quot;')}"`;
    })
    .join('');
  if (!spec.content) return `<${spec.name}${attrs} />`;
  return `<${spec.name}${attrs}>\n\n${String(data['innhold'] ?? '').trim()}\n\n</${spec.name}>`;
}

/**
 * How Decap finds a block in a body: at the start of the text still to be read, which may go on
 * after the block. Anchored at the start only, and without the multiline flag: Decap refuses that
 * flag, and with it a block further down matched at an earlier paragraph and cut the preview short.
 * Runs in the browser too.
 */
export function blockPattern(spec: BlockSpec): RegExp {
  const attrs = '(?:\\s+[a-zæøå]+(?:="[^"]*")?)*\\s*';
  return spec.content
    ? new RegExp(`^<${spec.name}${attrs}>[\\s\\S]*?</${spec.name}>`)
    : new RegExp(`^<${spec.name}${attrs}/>`);
}

/**
 * Reads back what blockToMdx wrote (the attributes in any order, a flag as `true`); undefined when
 * `mdx` is not such a block. Runs in the browser too.
 */
export function mdxToBlock(spec: BlockSpec, mdx: string): BlockData | undefined {
  const open = new RegExp(`^<${spec.name}((?:\\s+[a-zæøå]+(?:="[^"]*")?)*)\\s*(/?)>`).exec(mdx);
  if (!open) return undefined;
  const out: BlockData = {};
  for (const m of open[1]!.matchAll(/([a-zæøå]+)(?:="([^"]*)")?/g)) {
    out[m[1]!] = m[2] === undefined ? true : m[2].replace(/&quot;/g, '"');
  }
  if (spec.content) {
    const close = `</${spec.name}>`;
    if (open[2] || !mdx.endsWith(close)) return undefined;
    out['innhold'] = mdx.slice(open[0].length, -close.length).trim();
  }
  return out;
}
