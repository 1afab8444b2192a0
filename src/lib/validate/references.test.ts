import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';

/** The problems of a body on line 7 of its file, as «line problem — expected». */
const problems = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);

describe('footnotes and reference links whose halves do not meet', () => {
  test('names a footnote with no footnote text, and points to the one nobody uses', () => {
    expect(
      problems('Vi har sett dette før[^2] og i rapporten[^1].\n\n[^1]: Rapporten.\n\n[^3]: Ingen bruker denne.\n'),
    ).toEqual([
      '7 fotnoten [^2] har ingen fotnotetekst, så «[^2]» vises med klammene på siden — fotnoteteksten på en egen linje nederst, med en tom linje over: [^2]: Kilden.; er det fotnoten [^3] du mente, skriv [^3] her',
      '11 fotnoten [^3] brukes ikke i teksten, så fotnoteteksten vises ikke på siden — [^3] i teksten der fotnoten hører til, eller slett fotnoten',
    ]);
  });
  test('names a full and a collapsed reference link with no address, and the address nobody uses', () => {
    expect(problems('Les [rapporten][1], og\n[**notatet**][].\n\n[2]: https://www.dfo.no/\n')).toEqual([
      '7 lenken «[rapporten][1]» har ingen adresse (ingen linje [1]: … i teksten), så den vises med klammene på siden — adressen rett i lenken: [rapporten](https://…), eller en egen linje nederst, med en tom linje over: [1]: https://…; er det adressen [2] du mente, skriv [rapporten][2]',
      '8 lenken «[**notatet**][]» har ingen adresse (ingen linje [**notatet**]: … i teksten), så den vises med klammene på siden — adressen rett i lenken: [**notatet**](https://…), eller en egen linje nederst, med en tom linje over: [**notatet**]: https://…; er det adressen [2] du mente, skriv [**notatet**][2]',
      '10 adressen [2]: https://www.dfo.no/ brukes ikke av noen lenke, så ingen lenke går dit — lenken skrevet som [lenketekst][2] der den skal stå, eller slett linjen',
    ]);
  });
  test('names a definition written right under a line of text, which is published as text', () => {
    expect(problems('Les [rapporten][dfo].\n[dfo]: https://www.dfo.no/\n')).toEqual([
      '8 «[dfo]: https://www.dfo.no/» står rett under en linje med tekst, så den vises som tekst på siden og blir ingen lenkeadresse — en tom linje over [dfo]: https://www.dfo.no/',
    ]);
  });
  test('names a footnote or a reference in a body compiled as MDX', () => {
    expect(problems('<Merknad type="info">\n\nSe[^1] og [r][x].\n\n</Merknad>\n').map((p) => p.slice(0, 30))).toEqual([
      '9 fotnoten [^1] har ingen fotn',
      '9 lenken «[r][x]» har ingen ad',
    ]);
  });
  test('accepts references that meet, labels in any case, brackets in prose, code and escapes', () => {
    const body = [
      'Se [Rapporten][DFO], [dfo][] og [dfo], note[^a] og igjen[^a], ![kart][k].',
      '',
      'Brackets [sic] and [...] stay, `[x][y]` and `[^z]` are code, \\[x\\]\\[y\\] is escaped.',
      '',
      '```',
      '[a][b] [^c]',
      '```',
      '',
      '[dfo]: https://www.dfo.no/',
      '[k]: https://example.org/k.png',
      '',
      '[^a]: Fotnote.',
    ].join('\n');
    expect(problems(body).filter((p) => /fotnote|lenke|adresse/.test(p))).toEqual([]);
  });
});

describe('a link or image with a space between ] and (', () => {
  test('is said with the link written right, for an address, a page and an image', () => {
    expect(problems('Les [rapporten] (https://www.dfo.no/), [om oss] (/om/) og ![kart] (../bilder/k.png).')).toEqual([
      '7 lenken «[rapporten] (https://www.dfo.no/)» har mellomrom mellom ] og (, så den vises som tekst med klammene — [rapporten](https://www.dfo.no/), uten mellomrom',
      '7 lenken «[om oss] (/om/)» har mellomrom mellom ] og (, så den vises som tekst med klammene — [om oss](/om/), uten mellomrom',
      '7 bildet «![kart] (../bilder/k.png)» har mellomrom mellom ] og (, så den vises som tekst med klammene — ![kart](../bilder/k.png), uten mellomrom',
    ]);
  });
  test('leaves brackets and parentheses in prose alone', () => {
    expect(problems('Han sa [sic] (sitat) og [1] (se under), og `[a] (/b/)` er kode.')).toEqual([]);
  });
});

describe('Word’s footnotes pasted as raised numbers', () => {
  test('a raised number with its note below is told the Markdown footnote, with the note’s text', () => {
    expect(problems('Tekst¹ med fotnote, og mer².\n\n¹ Kilde: Difi-rapport 2014:7.\n\n² Samme sted.\n')).toEqual([
      '7 «¹» er en fotnote fra Word, som vises som et hevet tall uten lenke til fotnoteteksten på linje 9 — [^1] der fotnotetallet står, og fotnoteteksten som [^1]: Kilde: Difi-rapport 2014:7.',
      '7 «²» er en fotnote fra Word, som vises som et hevet tall uten lenke til fotnoteteksten på linje 11 — [^2] der fotnotetallet står, og fotnoteteksten som [^2]: Samme sted.',
    ]);
  });
  test('m² and km³ with no note below stay', () => {
    expect(problems('Lokalet er 120 m², og tanken 3 km³.\n')).toEqual([]);
  });
});
