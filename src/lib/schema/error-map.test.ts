import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { field, shapeOf } from './doc.ts';
import { entrySchema } from './entry.ts';
import { explainIssues, meantField } from './error-map.ts';

/** A small contract with one field of each kind the error map knows. */
const schema = z.strictObject({
  title: field(z.string().trim().min(1), { label: 'Tittel', help: 'tittelen', expected: 'en tittel' }),
  when: field(
    z.string().refine((v) => v.startsWith('20'), {
      error: (issue) => `«${String(issue.input)}» er ikke et år`,
      params: { expected: 'f.eks. 2017' },
    }),
    { label: 'Når', help: 'året', expected: 'et årstall' },
  ),
  tags: field(
    z
      .array(
        field(z.enum(['a', 'b']), {
          label: 'Merke',
          help: 'et merke',
          expected: 'a, b',
          choice: { noun: 'merke', article: 'et' },
        }),
      )
      .min(1)
      .optional(),
    { label: 'Merker', help: 'merkene', expected: 'en liste', empty: 'fyll ut merkene, eller fjern linjen' },
  ),
  on: field(z.boolean().default(false), { label: 'På', help: 'på eller av', expected: 'on: true eller on: false' }),
  link: field(z.url().optional(), { label: 'Lenke', help: 'lenken', expected: 'https://…' }),
  place: field(
    z.strictObject({
      name: field(z.string().min(1), { label: 'Navn', help: 'navnet', expected: 'et navn' }),
    }),
    {
      label: 'Sted',
      help: 'stedet',
      expected: 'place:\n  name: …',
      missing: 'mangler: et sted trenger et navn',
      wrongType: { problem: 'skal være et objekt med name' },
    },
  ),
});

/** «path at field — problem — expected» for each issue of `data`. */
function said(data: unknown, options = {}): string[] {
  const result = schema.safeParse(data, { reportInput: true });
  expect(result.success).toBe(false);
  return explainIssues(schema, result.error!.issues, options).map(
    (e) => `${e.path.join('.')} ${e.at} ${e.field} — ${e.problem} — ${e.expected}`,
  );
}

const valid = { title: 'T', when: '2017', place: { name: 'R4' } };

describe('the error map', () => {
  test('says a missing field is missing, shown at its name (the caller finds the field that holds it)', () => {
    expect(said({ when: '2017' })).toEqual([
      'title key title — mangler — en tittel',
      'place key place — mangler: et sted trenger et navn — place:\n  name: …',
    ]);
    expect(said({ ...valid, place: {} })).toEqual(['place.name key place.name — mangler — et navn']);
  });

  test('says a required field left empty is missing, and an optional one is empty, on its key', () => {
    expect(said({ ...valid, title: null })).toEqual(['title key title — mangler — en tittel']);
    expect(said({ ...valid, tags: null })).toEqual(['tags key tags — er tomt — fyll ut merkene, eller fjern linjen']);
  });

  test('says blank text and an empty list apart', () => {
    expect(said({ ...valid, title: '  ' })).toEqual(['title value title — er tomt — en tittel']);
    expect(said({ ...valid, tags: [] })).toEqual([
      'tags value tags — listen er tom — fyll ut merkene, eller fjern linjen',
    ]);
  });

  test('names the type that was given instead of the one expected', () => {
    expect(said({ ...valid, title: 42 })).toEqual(['title value title — skal være tekst, ikke et tall — en tittel']);
    expect(said({ ...valid, title: ['a'] })).toEqual([
      'title value title — skal være tekst, ikke en liste — en tittel',
    ]);
    expect(said({ ...valid, tags: 'a' })).toEqual(['tags value tags — skal være en liste, ikke «a» — en liste']);
    expect(said({ ...valid, on: 'kanskje' })).toEqual([
      'on value on — «kanskje» er ikke sann/usann — on: true eller on: false',
    ]);
    expect(said({ ...valid, on: 'ja' })).toEqual([
      'on value on — «ja» er ikke sann/usann — on: true (ja) eller on: false (nei), uten anførselstegn',
    ]);
    expect(said({ ...valid, place: 'R4' })).toEqual([
      'place value place — skal være et objekt med name — place:\n  name: …',
    ]);
  });

  test('names an unknown choice with the choices and a suggestion, in the list item it is', () => {
    expect(said({ ...valid, tags: ['a', 'ukjent'] })).toEqual([
      'tags.1 value tags — ukjent merke «ukjent» — et av a, b',
    ]);
    const near = z.strictObject({
      part: field(z.enum(['intervjuet', 'innleder']), {
        label: 'Rolle',
        help: 'rollen',
        expected: 'intervjuet, innleder',
        choice: { noun: 'rolle', article: 'en' },
      }),
    });
    const result = near.safeParse({ part: 'intervjuer' }, { reportInput: true });
    expect(explainIssues(near, result.error!.issues).map((e) => e.expected)).toEqual([
      'en av intervjuet, innleder (mente du «intervjuet»?)',
    ]);
  });

  test('uses the message and the expected text a refinement gives, and treats a blank formed value as missing', () => {
    expect(said({ ...valid, when: '1999' })).toEqual(['when value when — «1999» er ikke et år — f.eks. 2017']);
    expect(said({ ...valid, when: '' })).toEqual(['when key when — mangler — et årstall']);
  });

  test('says a web address that is not one', () => {
    expect(said({ ...valid, link: 'difi.no/side' })).toEqual([
      'link value link — «difi.no/side» er ikke en nettadresse — https://…',
    ]);
  });

  test('names every unknown field with a suggestion and the fields there are, at the top and inside', () => {
    expect(said({ ...valid, titel: 'T', forfatter: 1 })).toEqual([
      'titel key titel — ukjent felt «titel» (mente du «title»?) — bare disse feltene: title, when, tags, on, link, place',
      'forfatter key forfatter — ukjent felt «forfatter» — bare disse feltene: title, when, tags, on, link, place',
    ]);
    expect(said({ ...valid, place: { name: 'R4', nmae: 'R4' } })).toEqual([
      'place.nmae key place.nmae — ukjent felt «nmae» (mente du «name»?) — bare name',
    ]);
  });

  test('says where a field belongs when another kind of entry has it', () => {
    expect(
      said({ ...valid, event: {} }, { belongsTo: (key: string) => (key === 'event' ? ['arrangementer'] : []) }),
    ).toEqual([
      'event key event — event-feltet hører bare til arrangementer — flytt filen til content/arrangementer/, eller fjern event',
    ]);
  });

  test('says every problem at once', () => {
    expect(said({ title: '', when: 'x', tags: ['c'], on: 1, place: { name: '' } })).toHaveLength(5);
  });

  test('says which key a list item lacks, and a missing choice with its values', () => {
    const list = z.strictObject({
      people: field(
        z.array(
          z.strictObject({
            id: field(z.string(), { label: 'Person', help: 'id', expected: 'en id' }),
            part: field(z.enum(['leder', 'gjest']), {
              label: 'Rolle',
              help: 'rollen',
              expected: 'leder, gjest',
              choice: { noun: 'rolle', article: 'en' },
            }),
          }),
        ),
        { label: 'Personer', help: 'personene', expected: 'personer' },
      ),
    });
    const result = list.safeParse({ people: [{}] }, { reportInput: true });
    expect(explainIssues(list, result.error!.issues).map((e) => `${e.field} — ${e.problem} — ${e.expected}`)).toEqual([
      'people — mangler id — en id',
      'people — mangler rolle (part) — f.eks. part: leder (en av leder, gjest)',
    ]);
  });

  test('says values separated by ; or | are one value to YAML, and gives the list with commas', () => {
    const data = { ...valid, tags: ['a; b', 'a'] };
    const result = schema.safeParse(data, { reportInput: true });
    expect(explainIssues(schema, result.error!.issues, { data }).map((e) => `${e.problem} — ${e.expected}`)).toEqual([
      '«a; b» er flere verdier skilt med ;, men YAML skiller bare med komma — skill med komma: tags: [a, b, a]',
    ]);
  });
});

describe('the field an unknown name meant', () => {
  const shape = {
    title: field(z.string(), { label: 'Tittel', help: 'h', expected: 'e' }),
    date: field(z.string(), { label: 'Publiseringsdato', words: ['dato'], help: 'h', expected: 'e' }),
  };
  test('a Norwegian word for the field, its label or one of its words, in any case', () => {
    expect(meantField('tittel', shape)).toBe(' (mente du «title»?)');
    expect(meantField('Dato', shape)).toBe(' (mente du «date»?)');
    expect(meantField('publiseringsdato', shape)).toBe(' (mente du «date»?)');
  });
  test('the entry schema knows the nynorsk words for its fields too', () => {
    const entry = shapeOf(entrySchema('artikler'))!;
    expect(meantField('skildring', entry)).toBe(' (mente du «description»?)');
    expect(meantField('bilete', entry)).toBe(' (mente du «image»?)');
    expect(meantField('personar', entry)).toBe(' (mente du «people»?)');
    expect(meantField('publikasjonar', entry)).toBe(' (mente du «publications»?)');
  });
  test('otherwise a near spelling of its name, or nothing', () => {
    expect(meantField('titel', shape)).toBe(' (mente du «title»?)');
    expect(meantField('forfatter', shape)).toBe('');
  });
});
