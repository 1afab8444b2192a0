import { describe, expect, test } from 'vitest';
import { readTag, rewriteTag, tagAround, tagOnLine } from './written-tag.ts';
import { checkBody } from './body.ts';
import { TYPOGRAPHIC_QUOTES } from '../text/characters.ts';

describe('a tag read as the editor wrote it', () => {
  test('keeps a > inside quotes and braces, as MDX does', () => {
    const source = '<Figur alt="a > b" bredde={1 > 0} />';
    const tag = readTag(source, 0);
    expect(tag).toMatchObject({ name: 'Figur', selfClosing: true, end: source.length });
    expect(tag.attributes.map((a) => [a.name, a.value?.text])).toEqual([
      ['alt', 'a > b'],
      ['bredde', '1 > 0'],
    ]);
  });
  test('reads a value without =, an open quote, and a value without quotes', () => {
    expect(readTag('<Faktaboks tittel"Hei">', 0).attributes[0]).toMatchObject({ name: 'tittel', equals: false });
    expect(readTag('<Faktaboks tittel="Hei>\n\nTekst', 0).end).toBeUndefined();
    expect(readTag('<Faktaboks tittel="Hei>\n\nTekst', 0).attributes[0]!.value).toMatchObject({ closed: false });
    expect(readTag('<Sitat kilde=Ola>', 0).attributes[0]!.value).toMatchObject({ quote: '', text: 'Ola' });
  });
  test('finds the tag an offset stands in, not a closed tag before it', () => {
    const source = '<Faktaboks tittel="Om>\n\nTekst.\n\n</Faktaboks>\n';
    expect(tagAround(source, source.length)?.name).toBe('Faktaboks');
    expect(tagAround(source, source.length)?.closing).toBe(false);
    expect(tagAround('<b>a</b> tekst', 10)).toBeUndefined();
    expect(tagOnLine('Intro.\n\n<Figur bilde="a.jpg">', 3)?.name).toBe('Figur');
    expect(tagOnLine('Intro.\n\nTekst <b>', 1)).toBeUndefined();
  });
  test('is written again on one line with another name and ending', () => {
    const source = '<figur\n  bilde="a.jpg"\n  alt="Kart"\n/>';
    expect(rewriteTag(source, readTag(source, 0), { name: 'Figur', close: '/>' })).toBe(
      '<Figur bilde="a.jpg" alt="Kart" />',
    );
    expect(
      rewriteTag('<faktaboks tittel="Om">', readTag('<faktaboks tittel="Om">', 0), { name: 'Faktaboks', close: '>' }),
    ).toBe('<Faktaboks tittel="Om">');
  });
});

describe('typographic quotes in a tag (the one list in src/lib/text/characters.ts)', () => {
  test('every mark of the list opens a value that any quote mark closes, as the editor meant it', () => {
    for (const mark of TYPOGRAPHIC_QUOTES) {
      const [attribute] = readTag(`<Faktaboks tittel=${mark}Om tillit» />`, 0).attributes;
      expect(attribute?.value, mark).toMatchObject({ quote: mark, text: 'Om tillit', closed: true });
    }
  });
  test('the check says a value in ‹…› or ‟…” is in typographic quotes, with the whole value kept', () => {
    for (const [open, close] of [
      ['‹', '›'],
      ['‟', '”'],
    ])
      expect(
        checkBody('a.mdx', `<Faktaboks tittel=${open}Om tillit${close}>\nTekst\n</Faktaboks>\n`, 1).problems.map(
          (p) => `${p.problem} — ${p.expected}`,
        ),
      ).toEqual([
        `MDX kan ikke leses: verdien står i typografiske anførselstegn (${open}), som MDX ikke leser — vanlige anførselstegn rundt verdien: tittel="Om tillit"`,
      ]);
  });
});
