/**
 * The web editor's preview, drawn with the site's own markup: the page
 * src/pages/admin/forhandsvisning.astro renders the entry header and each text component with
 * placeholders, `previewTemplates` reads them from the built page, and the editor (admin-files.ts)
 * fills them in with what the editor types. Nothing of the markup is written a second time.
 */
import { parse } from 'node-html-parser';
import { COMPONENTS, type ComponentSpec } from '../rich/components.ts';

/** Where the build writes the page of templates, and the templates read from it, under the output folder. */
export const PREVIEW_PAGE = 'admin/forhandsvisning/index.html';
export const PREVIEW_FILE = 'admin/forhandsvisning.json';

/** What stands in a template for a value: `{{title}}`, `{{tittel}}`; a component's text is `<kb-innhold>`. */
export const placeholder = (name: string) => `{{${name}}}`;
export const CONTENT_ELEMENT = 'kb-innhold';
/** The date the header template is rendered with; the preview writes the entry's own over it. */
export const TEMPLATE_DATE = '2000-01-01';

/**
 * The components a template is made for: those that wrap text and whose props are text or a
 * choice (a file needs the real file to render). One template per value of each choice.
 */
export function templatedComponents(): { spec: ComponentSpec; choice: Record<string, string>; key: string }[] {
  return COMPONENTS.filter((c) => c.content && c.props.every((p) => p.kind === 'tekst' || p.kind === 'valg')).flatMap(
    (spec) => {
      const choices = spec.props.filter((p) => p.kind === 'valg');
      // Every combination of the choices' values (the components have at most one choice).
      let combos: Record<string, string>[] = [{}];
      for (const p of choices) combos = combos.flatMap((c) => (p.values ?? []).map((v) => ({ ...c, [p.name]: v })));
      return combos.map((choice) => ({ spec, choice, key: templateKey(spec.name, choice) }));
    },
  );
}

/**
 * `Merknad type=advarsel`, `Faktaboks`: a template's name, from the component and its choices. The
 * build names the templates with it and the editor finds them with it (admin-files.ts sends its
 * source): it uses nothing but its arguments.
 */
export function templateKey(name: string, choice: Record<string, string | boolean | undefined>): string {
  return [name, ...Object.entries(choice).map(([k, v]) => `${k}=${String(v)}`)].join(' ');
}

export interface PreviewTemplates {
  /** The entry header's element (its tag and class) and its inner HTML, with placeholders. */
  header: { className: string; html: string };
  /** Per template key: the component's HTML, with placeholders. */
  blocks: Record<string, string>;
}

/**
 * Reads the templates from the built page: `<template data-preview="header">` and one
 * `<template data-preview="<key>">` per templated component. Throws when one is missing, so that
 * a changed page fails the build instead of leaving the preview bare.
 */
export function previewTemplates(html: string): PreviewTemplates {
  const page = parse(html);
  const template = (key: string) => {
    const t = page.querySelector(`template[data-preview="${key}"]`);
    if (!t) throw new Error(`${PREVIEW_PAGE} has no template «${key}»`);
    return t.innerHTML.trim();
  };
  const header = parse(template('header')).querySelector('header');
  if (!header) throw new Error(`${PREVIEW_PAGE}: the header template has no <header>`);
  const blocks: Record<string, string> = {};
  for (const { key } of templatedComponents()) blocks[key] = template(key);
  return { header: { className: header.getAttribute('class') ?? '', html: header.innerHTML.trim() }, blocks };
}
