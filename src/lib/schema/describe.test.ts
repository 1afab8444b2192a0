import { describe, expect, test } from 'vitest';
import { KIND_IDS } from '../kinds.ts';
import { PARTS } from '../people.ts';
import { THEME_IDS } from '../themes.ts';
import { entrySchema } from './entry.ts';
import { describeFields, type FieldDescription } from './describe.ts';
import { LISTS } from './lists.ts';

const byName = (fields: FieldDescription[], name: string) => {
  const found = fields.find((f) => f.name === name);
  expect(found, `field ${name}`).toBeDefined();
  return found!;
};

describe('the contract as plain data, for a form', () => {
  test.each(KIND_IDS)('describes every field of %s with a Norwegian label and help, as JSON', (kind) => {
    const shape = entrySchema(kind).shape;
    const fields = describeFields(shape);
    expect(fields.map((f) => f.name)).toEqual(Object.keys(shape));
    expect(fields.length).toBeGreaterThan(0);
    for (const f of fields) expect(f.label && f.help, f.name).toBeTruthy();
    expect(JSON.parse(JSON.stringify(fields))).toEqual(fields);
  });

  test('gives types, choices, defaults and the lists ids come from', () => {
    const fields = describeFields(entrySchema('arrangementer').shape);
    expect(byName(fields, 'date')).toMatchObject({ type: 'date', required: true });
    expect(byName(fields, 'themes')).toMatchObject({ type: 'list', item: { type: 'choice', options: [...THEME_IDS] } });
    expect(byName(fields, 'draft')).toMatchObject({ type: 'boolean', required: false, default: false });
    const people = byName(fields, 'people');
    expect(people.item?.fields?.map((f) => [f.name, f.type, f.references ?? f.options])).toEqual([
      ['id', 'text', 'personer.yaml'],
      ['part', 'choice', [...PARTS]],
    ]);
    expect(byName(fields, 'publications').item).toMatchObject({ references: 'publikasjoner.yaml' });
    const event = byName(fields, 'event');
    expect(event.fields?.map((f) => `${f.name}:${f.type}:${f.required}`)).toEqual([
      'start:datetime:true',
      'end:datetime:false',
      'location:text:true',
      'audience:text:false',
      'registration:url:false',
      'organizer:text:false',
    ]);
  });

  test('has the event facts only for events', () => {
    for (const kind of KIND_IDS.filter((k) => k !== 'arrangementer'))
      expect(describeFields(entrySchema(kind).shape).map((f) => f.name)).not.toContain('event');
  });

  test.each(Object.entries(LISTS))('describes the items of %s', (_name, list) => {
    const fields = describeFields(list.schema.shape);
    expect(fields[0]).toMatchObject({ name: 'id', required: true });
    expect(fields.length).toBe(Object.keys(list.schema.shape).length);
  });
});
