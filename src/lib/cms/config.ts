/**
 * The web editor's (Decap CMS) configuration, generated from the editors' contract: one collection per
 * kind, one form field per frontmatter field, with the schema's Norwegian label and help. Nothing
 * about the fields is written here a second time; this file only says which Decap widget shows
 * which kind of field. Decap's options: https://decapcms.org/docs/configuration-options/ and
 * https://decapcms.org/docs/widgets/. `config.test.ts` fails when schema and configuration disagree.
 */
import { KINDS, type KindId } from '../kinds.ts';
import { PART_LABELS, type Part } from '../people.ts';
import { THEMES } from '../themes.ts';
import { writtenFormLabel, type WrittenForm } from '../written-form.ts';
import { MEDIA_FOLDERS } from '../rich/components.ts';
import { contractFields, type ContractField } from './contract.ts';

/**
 * Where uploaded images go, and how an entry refers to them: the folder beside the content that the
 * check and the image pipeline know (`content/bilder/`, written from an entry as `../bilder/navn.jpg`;
 * MEDIA_FOLDERS in src/lib/rich/components.ts).
 */
export const IMAGE_FOLDER = `content/${MEDIA_FOLDERS.bilde}`;
export const IMAGE_PUBLIC_PATH = `../${MEDIA_FOLDERS.bilde}`;

export interface Backend {
  /** `github` or `gitlab` in production; `test-repo` nowhere here. */
  name: 'github' | 'gitlab';
  /** `eier/kunnskapsbanken`. */
  repo: string;
  branch: string;
  /** The OAuth endpoint's origin (Decap's `base_url`), when sign-in goes through one. */
  base_url?: string;
  auth_endpoint?: string;
  /** GitLab: `pkce` lets editors sign in with an application id alone, no server of one's own. */
  auth_type?: 'pkce' | 'implicit';
  app_id?: string;
  api_root?: string;
}

export interface CmsOptions {
  backend: Backend;
  /** The local proxy (`decap-server`) of `npm run cms`: when set, Decap edits the working copy through it. */
  localBackendUrl?: string;
  /** The site's address with base path, for «Vis på nettstedet» links. */
  siteUrl: string;
  people: readonly { id: string; name: string; role: string }[];
  publications: readonly { id: string; title: string }[];
}

type Field = Record<string, unknown> & { name: string; label: string; widget: string };

const option = (value: string, label: string) => ({ value, label });

/** Which widget shows a field: by its path for the few that need a picker, else by its JSON type. */
function widgetOf(path: string, f: ContractField, o: CmsOptions): { widget: string } & Record<string, unknown> {
  switch (path) {
    case 'description':
      return { widget: 'text' };
    case 'date':
    case 'updated':
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false };
    case 'event.start':
    case 'event.end':
      // Decap writes the browser's offset: +01:00 in winter and +02:00 in summer in Norway.
      return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm:ssZ', date_format: 'YYYY-MM-DD', time_format: 'HH:mm' };
    case 'themes':
      return {
        widget: 'select',
        multiple: true,
        options: THEMES.map((t) => option(t.id, t.label)),
        ...(f.json.minItems ? { min: f.json.minItems } : {}),
      };
    case 'people.id':
      return { widget: 'select', options: o.people.map((p) => option(p.id, `${p.name} (${p.role})`)) };
    case 'people.part':
      return { widget: 'select', options: (f.json.enum as Part[]).map((p) => option(p, PART_LABELS[p])) };
    case 'publications':
      return { widget: 'select', multiple: true, options: o.publications.map((p) => option(p.id, p.title)) };
    case 'image.src':
      // The media library: an upload lands in IMAGE_FOLDER and is written as IMAGE_PUBLIC_PATH/…
      return { widget: 'image', choose_url: false };
    case 'lang':
      return {
        widget: 'select',
        options: (f.json.enum as WrittenForm[]).map((id) => option(id, writtenFormLabel(id))),
      };
  }
  const { json } = f;
  if (json.type === 'boolean') return { widget: 'boolean' };
  if (json.type === 'object') return { widget: 'object', collapsed: false };
  if (json.type === 'array' && json.items?.type === 'object') return { widget: 'list' };
  if (json.enum) return { widget: 'select', options: json.enum.map(String) };
  if (json.type === 'string') return { widget: 'string' };
  throw new Error(`No CMS widget for the field ${path} (${JSON.stringify(json)})`);
}

/** «ingressen: én eller to setninger» → «Ingressen: én eller to setninger.», Markdown code marks dropped. */
export function hintOf(help: string): string {
  const text = help.replace(/`([^`]*)`/g, '$1').trim();
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}${/[.!?]$/.test(text) ? '' : '.'}`;
}

function fieldOf(f: ContractField, o: CmsOptions, parent = '', optionalParent = false): Field {
  const path = parent ? `${parent}.${f.key}` : f.key;
  if (!f.doc) throw new Error(`The schema gives the field ${path} no label`);
  const widget = widgetOf(path, f, o);
  const out: Field = {
    name: f.key,
    label: f.doc.label,
    hint: hintOf(f.doc.help),
    // Decap checks the fields inside an object even when the object is left out, and cannot say
    // «required when the object is filled in»: there the check says it (npm run check, CI summary).
    required: f.required && !optionalParent,
    ...widget,
  };
  if (f.json.default !== undefined && !(Array.isArray(f.json.default) && f.json.default.length === 0)) {
    out['default'] = f.json.default;
  }
  // Only an object's fields: a list's items are checked by Decap only when there are any.
  const optionalObject = widget.widget === 'object' && !f.required;
  if (f.fields) out['fields'] = f.fields.map((inner) => fieldOf(inner, o, path, optionalParent || optionalObject));
  // «Legg til person» rather than «Legg til personer».
  if (widget.widget === 'list' && f.itemDoc) out['label_singular'] = f.itemDoc.label.toLowerCase();
  return out;
}

/** One folder collection per kind: `content/<kind>/<slug>.mdx`, its URL `/<kind>/<slug>/`. */
function collectionOf(kind: KindId, o: CmsOptions) {
  const k = KINDS.find((x) => x.id === kind)!;
  return {
    name: kind,
    label: k.plural,
    label_singular: k.singular,
    description: k.summary,
    folder: `content/${kind}`,
    extension: 'mdx',
    format: 'frontmatter',
    create: true,
    // The file name is the title as a slug (see `slug` below); the URL mirrors the folder.
    slug: '{{slug}}',
    preview_path: `${kind}/{{slug}}/`,
    identifier_field: 'title',
    summary: '{{title}} ({{date}})',
    sortable_fields: ['date', 'title'],
    fields: [
      ...contractFields(kind).map((f) => fieldOf(f, o)),
      { name: 'body', label: 'Tekst', widget: 'markdown', hint: 'Selve artikkelen.' },
    ],
  };
}

/**
 * The whole `config.yml` as an object. Slugs: Decap's ASCII encoding with accents removed gives
 * æ→ae, ø→o, å→a like src/lib/slug.ts (checked in Chromium by e2e/cms.once.spec.ts).
 */
export function cmsConfig(o: CmsOptions) {
  return {
    locale: 'nb_no',
    backend: { ...o.backend, ...(o.localBackendUrl ? {} : { squash_merges: true }) },
    ...(o.localBackendUrl ? { local_backend: { url: o.localBackendUrl } } : { publish_mode: 'editorial_workflow' }),
    site_url: o.siteUrl,
    display_url: o.siteUrl,
    media_folder: IMAGE_FOLDER,
    public_folder: IMAGE_PUBLIC_PATH,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    collections: KINDS.map((k) => collectionOf(k.id, o)),
  };
}
