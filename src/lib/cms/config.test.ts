import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { KIND_IDS } from '../kinds.ts';
import { PARTS } from '../people.ts';
import { THEME_IDS } from '../themes.ts';
import { docOf } from '../schema/doc.ts';
import { entrySchema } from '../schema/entry.ts';
import { cmsConfig, hintOf } from './config.ts';

const people = parse(readFileSync('content/personer.yaml', 'utf8')) as { id: string; name: string; role: string }[];
const publications = parse(readFileSync('content/publikasjoner.yaml', 'utf8')) as { id: string; title: string }[];
const config = cmsConfig({
  backend: { name: 'github', repo: 'eier/kunnskapsbanken', branch: 'main' },
  siteUrl: 'https://kunnskap.example.no/',
  people,
  publications,
});

interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  options?: ({ value: string } | string)[];
  multiple?: boolean;
  min?: number;
  default?: unknown;
  format?: string;
  fields?: CmsField[];
}
const collection = (kind: string) => config.collections.find((c) => c.name === kind)!;
const fieldsOf = (kind: string) => (collection(kind).fields as unknown as CmsField[]).filter((f) => f.name !== 'body');
const values = (f: CmsField | undefined) => (f?.options ?? []).map((o) => (typeof o === 'string' ? o : o.value));

/** The object shape under optional/default wrappers and inside a list, straight from zod. */
function shapeUnder(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  let s: z.ZodType = schema;
  for (;;) {
    if (s instanceof z.ZodObject) return s.shape as Record<string, z.ZodType>;
    if (s instanceof z.ZodArray) s = s.element as z.ZodType;
    else if ((s._zod.def as unknown as { innerType?: z.ZodType }).innerType)
      s = (s._zod.def as unknown as { innerType: z.ZodType }).innerType;
    else if ((s._zod.def as unknown as { in?: z.ZodType }).in) s = (s._zod.def as unknown as { in: z.ZodType }).in;
    else return undefined;
  }
}

/** Compares one level of schema and form, then the levels below; returns each disagreement as text. */
function disagreements(
  shape: Record<string, z.ZodType>,
  fields: CmsField[],
  where: string,
  optionalParent = false,
): string[] {
  const out: string[] = [];
  const byName = new Map(fields.map((f) => [f.name, f]));
  for (const [key, schema] of Object.entries(shape)) {
    const f = byName.get(key);
    if (!f) {
      out.push(`${where}${key}: in the schema, not in the CMS`);
      continue;
    }
    // Inside an optional object (the lead image) the form requires nothing: Decap would block saving
    // an entry without the object; the check reports a half-filled one.
    const required = !schema.safeParse(undefined).success && !optionalParent;
    if (f.required !== required)
      out.push(`${where}${key}: required ${required} in the schema, ${f.required} in the CMS`);
    if (f.label !== docOf(schema)?.label) out.push(`${where}${key}: label «${f.label}» is not the schema's`);
    const inner = shapeUnder(schema);
    if (inner)
      out.push(
        ...disagreements(
          inner,
          f.fields ?? [],
          `${where}${key}.`,
          optionalParent || (f.widget === 'object' && schema.safeParse(undefined).success),
        ),
      );
  }
  for (const f of fields) if (!(f.name in shape)) out.push(`${where}${f.name}: in the CMS, not in the schema`);
  return out;
}

describe('the CMS configuration', () => {
  test('has one collection per kind, in its folder, as .mdx with front matter', () => {
    expect(config.collections.map((c) => c.name)).toEqual([...KIND_IDS]);
    for (const kind of KIND_IDS) {
      expect(collection(kind)).toMatchObject({ folder: `content/${kind}`, extension: 'mdx', format: 'frontmatter' });
      expect(collection(kind).preview_path).toBe(`${kind}/{{slug}}/`);
    }
  });

  test('agrees with the schema on every field, its label and whether it is required, for every kind', () => {
    for (const kind of KIND_IDS) {
      const shape = entrySchema(kind).shape as Record<string, z.ZodType>;
      expect(Object.keys(shape).length).toBeGreaterThan(0);
      expect(disagreements(shape, fieldsOf(kind), `${kind}: `)).toEqual([]);
    }
  });

  test('finds a field the schema has and the form lacks (the comparison can fail)', () => {
    const shape = { ...(entrySchema('artikler').shape as Record<string, z.ZodType>), nytt: z.string() };
    expect(disagreements(shape, fieldsOf('artikler'), '')).toEqual(['nytt: in the schema, not in the CMS']);
    expect(
      disagreements(entrySchema('artikler').shape, [...fieldsOf('artikler'), { name: 'x' } as CmsField], ''),
    ).toEqual(['x: in the CMS, not in the schema']);
  });

  test('gives event facts to events alone', () => {
    for (const kind of KIND_IDS) {
      expect(
        fieldsOf(kind).some((f) => f.name === 'event'),
        kind,
      ).toBe(kind === 'arrangementer');
    }
    const event = fieldsOf('arrangementer').find((f) => f.name === 'event')!;
    expect(event.widget).toBe('object');
    for (const name of ['start', 'end']) {
      expect(event.fields!.find((f) => f.name === name)).toMatchObject({
        widget: 'datetime',
        format: 'YYYY-MM-DDTHH:mm:ssZ',
      });
    }
  });

  test('offers the four themes as a multiple choice of at least one, people and publications from their lists', () => {
    const f = (name: string) => fieldsOf('artikler').find((x) => x.name === name);
    expect(values(f('themes'))).toEqual([...THEME_IDS]);
    expect(f('themes')).toMatchObject({ widget: 'select', multiple: true, min: 1 });
    const person = f('people')!;
    expect(person.widget).toBe('list');
    expect(values(person.fields!.find((x) => x.name === 'id'))).toEqual(people.map((p) => p.id));
    expect(values(person.fields!.find((x) => x.name === 'part'))).toEqual([...PARTS]);
    expect(people.length).toBeGreaterThan(0);
    expect(values(f('publications'))).toEqual(publications.map((p) => p.id));
    expect(f('publications')).toMatchObject({ widget: 'select', multiple: true });
  });

  test('shows the date as a date picker that writes YYYY-MM-DD, and draft as a switch that defaults to published', () => {
    const f = (name: string) => fieldsOf('rapporter').find((x) => x.name === name);
    expect(f('date')).toMatchObject({ widget: 'datetime', format: 'YYYY-MM-DD', time_format: false });
    expect(f('updated')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      time_format: false,
      required: false,
    });
    expect(f('draft')).toMatchObject({ widget: 'boolean', default: false, required: false });
  });

  test('writes file names by the site slug rule (ASCII, accents removed) and speaks Norwegian', () => {
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
    expect(config.locale).toBe('nb_no');
    for (const kind of KIND_IDS) expect(collection(kind).slug).toBe('{{slug}}');
  });

  test('turns the schema help into a hint sentence', () => {
    expect(hintOf('id-en til personen i `content/personer.yaml`')).toBe('Id-en til personen i content/personer.yaml.');
    expect(hintOf('Slutt.')).toBe('Slutt.');
  });

  test('edits the working copy through the local proxy only when asked, and opens pull requests otherwise', () => {
    expect(config).toMatchObject({ publish_mode: 'editorial_workflow' });
    expect(config).not.toHaveProperty('local_backend');
    const local = cmsConfig({
      ...config,
      backend: config.backend,
      siteUrl: '/',
      people,
      publications,
      localBackendUrl: 'http://localhost:8081/api/v1',
    });
    expect(local).toMatchObject({ local_backend: { url: 'http://localhost:8081/api/v1' } });
    expect(local).not.toHaveProperty('publish_mode');
  });
});
