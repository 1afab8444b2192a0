/**
 * The files of `/admin/`: the page, Decap's configuration and the script that registers the site's
 * CSS for the preview and the editor blocks. Decap itself (`decap-cms.js`) is copied from
 * node_modules by the caller. Used by the build (src/integrations/cms.ts) and by `npm run cms`.
 */
import { stringify } from 'yaml';
import {
  blockFields,
  blockPattern,
  blockToMdx,
  mdxToBlock,
  EDITOR_COMPONENTS,
  type BlockData,
  type BlockSpec,
} from './components.ts';
import { CONTENT_ELEMENT, templateKey, type PreviewTemplates } from './preview.ts';
import { KINDS } from '../kinds.ts';
import { DATE_FORMAT } from '../dates.ts';
import { WORDS_PER_MINUTE, readingMinutes } from '../reading-time.ts';

/** The folder of the web editor in the built site. */
export const ADMIN_DIR = 'admin';
/** Decap's bundle, with React and every locale, as its package ships it. */
export const DECAP_DIST = 'decap-cms/dist/decap-cms.js';

/**
 * The files of Decap's `dist/` the editor loads: the bundle, the chunks it loads on demand from the
 * same folder, and its WebAssembly. Not the source maps (≈ 25 MB) nor the `cms.js` twin build.
 */
export function isDecapFile(name: string): boolean {
  return /^(decap-cms\.js|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/.test(name);
}

export interface AdminPage {
  /** Content-Security-Policy for the `<meta>` of the page (header-only directives left out). */
  metaCsp: string;
  /** The site's stylesheets, as the built pages link them, for Decap's preview pane. */
  previewStyles: readonly string[];
  config: object;
}

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `admin/index.html`: noindex, strict referrer, Decap and the init script from the same folder. */
export function adminIndexHtml(p: AdminPage): string {
  return `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex, nofollow">
    <meta http-equiv="Content-Security-Policy" content="${escapeAttr(p.metaCsp)}">
    <title>Skriv i nettleseren – Kunnskapsbanken</title>
    <link rel="icon" href="../favicon.svg" type="image/svg+xml">
    <link rel="cms-config-url" type="text/yaml" href="config.yml">
  </head>
  <body>
    <script src="decap-cms.js"></script>
    <script src="cms-init.js"></script>
  </body>
</html>
`;
}

/** `admin/config.yml`. */
export function adminConfigYaml(config: object): string {
  return `# Generated from the editors' contract (src/lib/cms/config.ts); do not edit.\n${stringify(config, { lineWidth: 0 })}`;
}

/** What the preview needs besides the templates: each collection's kind in the singular, the date format, reading time. */
export interface PreviewSettings {
  templates: PreviewTemplates | undefined;
  /** Collection name → the kind in the singular («Artikkel»). */
  kinds: Record<string, string>;
  date: typeof DATE_FORMAT;
  contentElement: string;
}

/**
 * Runs in the browser after decap-cms.js: registers the preview styles, a preview per collection
 * drawn with the site's header markup (src/lib/cms/preview.ts), and one editor block per component,
 * previewed with the component's own markup where there is a template, else as the MDX it writes.
 * Written as a function so that it is type-checked; its source is what the page gets.
 */
function register(
  CMS: {
    registerPreviewStyle(href: string): void;
    registerEditorComponent(c: object): void;
    registerPreviewTemplate(name: string, component: unknown): void;
  },
  styles: readonly string[],
  blocks: readonly (BlockSpec & { fields: object[] })[],
  toMdx: typeof blockToMdx,
  toBlock: typeof mdxToBlock,
  patternOf: typeof blockPattern,
  keyOf: typeof templateKey,
  preview: PreviewSettings,
  minutesOf: (text: string) => number,
) {
  const win = window as unknown as {
    h: (type: unknown, props: object | null, ...children: unknown[]) => unknown;
    createClass: (spec: { render(this: { props: PreviewProps }): unknown }) => unknown;
  };
  interface PreviewProps {
    entry: { getIn(path: string[]): unknown };
    widgetFor(name: string): unknown;
  }
  const escape = (v: unknown) =>
    String(v ?? '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;');
  const fill = (html: string, values: Record<string, unknown>) =>
    html.replace(/\{\{([a-zæøå]+)\}\}/g, (_m, name: string) => escape(values[name]));
  // A component's text as paragraphs; Markdown inside it is shown as written.
  const paragraphs = (text: unknown) =>
    String(text ?? '')
      .split(/\n\s*\n/)
      .filter((p) => p.trim())
      .map((p) => `<p>${escape(p.trim())}</p>`)
      .join('');
  const dateFormat = new Intl.DateTimeFormat(preview.date.locale, preview.date.options);
  const isoDate = (v: unknown) =>
    v instanceof Date
      ? v.toISOString().slice(0, 10)
      : /^\d{4}-\d{2}-\d{2}/.test(String(v))
        ? String(v).slice(0, 10)
        : '';
  const header = (data: (key: string) => unknown, collection: string, body: string): string => {
    const t = preview.templates!.header;
    const box = document.createElement('div');
    box.innerHTML = fill(t.html, {
      kind: preview.kinds[collection],
      title: data('title'),
      description: data('description'),
    });
    const day = isoDate(data('date'));
    const time = box.querySelector('time');
    if (time && day) {
      const [y, m, d] = day.split('-').map(Number);
      time.setAttribute('datetime', day);
      time.textContent = dateFormat.format(new Date(Date.UTC(y!, m! - 1, d!)));
    }
    const minutes = box.querySelector('.reading-time');
    if (minutes) minutes.textContent = minutes.textContent!.replace(/\d+/, String(minutesOf(body)));
    if (data('draft') !== true) box.querySelector('.draft-label')?.remove();
    const themes = (data('themes') as { toJS?: () => string[] } | string[] | undefined) ?? [];
    const chosen = Array.isArray(themes) ? themes : (themes.toJS?.() ?? []);
    for (const link of Array.from(box.querySelectorAll('.tags a[href]')))
      if (!chosen.some((id) => link.getAttribute('href')!.endsWith(`/tema/${id}/`))) link.closest('li')?.remove();
    return box.innerHTML;
  };
  for (const href of styles) CMS.registerPreviewStyle(href);
  if (preview.templates) {
    for (const collection of Object.keys(preview.kinds)) {
      CMS.registerPreviewTemplate(
        collection,
        win.createClass({
          render() {
            const data = (key: string) => this.props.entry.getIn(['data', key]);
            const html = header(data, collection, String(data('body') ?? ''));
            return win.h(
              'article',
              { className: 'article' },
              win.h('header', {
                className: preview.templates!.header.className,
                dangerouslySetInnerHTML: { __html: html },
              }),
              win.h('div', { className: 'article__body' }, this.props.widgetFor('body')),
            );
          },
        }),
      );
    }
  }
  for (const spec of blocks) {
    const fields = spec.fields;
    const pattern = patternOf(spec);
    const choices = spec.props.filter((p) => p.kind === 'valg').map((p) => p.name);
    CMS.registerEditorComponent({
      id: spec.name,
      label: spec.name,
      fields,
      pattern,
      fromBlock: (match: RegExpMatchArray) => toBlock(spec, match[0]) ?? {},
      toBlock: (data: BlockData) => toMdx(spec, data),
      toPreview: (data: BlockData) => {
        const template =
          preview.templates?.blocks[keyOf(spec.name, Object.fromEntries(choices.map((c) => [c, data[c]])))];
        if (!template) return `<p class="kb-preview-mdx"><code>${escape(toMdx(spec, data))}</code></p>`;
        const open = `<${preview.contentElement}></${preview.contentElement}>`;
        return fill(template, data).replace(open, paragraphs(data['innhold']));
      },
    });
  }
}

/** `admin/cms-init.js`. */
export function adminInitScript(previewStyles: readonly string[], templates?: PreviewTemplates): string {
  const preview: PreviewSettings = {
    templates,
    kinds: Object.fromEntries(KINDS.map((k) => [k.id, k.singular])),
    date: DATE_FORMAT,
    contentElement: CONTENT_ELEMENT,
  };
  return `// Generated by src/lib/cms/admin-files.ts.
const WORDS_PER_MINUTE = ${WORDS_PER_MINUTE};
(${register.toString()})(window.CMS, ${JSON.stringify(previewStyles)}, ${JSON.stringify(EDITOR_COMPONENTS.map((spec) => ({ ...spec, fields: blockFields(spec) })))}, ${blockToMdx.toString()}, ${mdxToBlock.toString()}, ${blockPattern.toString()}, ${templateKey.toString()}, ${JSON.stringify(preview)}, ${readingMinutes.toString()});
`;
}
