import { describe, expect, test } from 'vitest';
import { checkBody } from './body.ts';

/** The problems in a body that starts on line 7 of its file, as «line problem — expected». */
const problems = (body: string) =>
  checkBody('a.mdx', body, 7).problems.map((p) => `${p.line} ${p.problem} — ${p.expected}`);

describe('MDX bodies', () => {
  test('accepts Markdown, GFM and plain HTML elements', () => {
    const body = [
      'Tekst med **uthevet** og ~~strek~~.[^1]',
      '',
      '| a | b |',
      '| - | - |',
      '| 1 | 2 |',
      '',
      '- [x] ferdig',
      '',
      '<details>',
      '<summary>Mer</summary>',
      '',
      'Tekst.',
      '',
      '</details>',
      '',
      'Linje<br />skift og \\{ krøll \\}.',
      '',
      '[^1]: Fotnote.',
      '',
    ].join('\n');
    expect(problems(body)).toEqual([]);
  });
  test('names an unclosed element on the line where it opens', () => {
    expect(problems('Avsnitt.\n\n<details>\n<summary>Mer</summary>\n\nTekst.\n')).toEqual([
      '9 MDX kan ikke leses: elementet <details> lukkes aldri — </details> der elementet slutter',
    ]);
  });
  test('tells how to write an empty element MDX wants closed', () => {
    expect(problems('Linje<br>skift\n')).toEqual([
      '7 MDX kan ikke leses: elementet <br> lukkes aldri — skriv <br /> med skråstrek, slik MDX krever',
    ]);
  });
  test('names a stray brace, an HTML comment and an angle-bracket link', () => {
    expect(problems('A\n\nB { C\n')[0]).toBe(
      '9 MDX kan ikke leses: en krøllparentes { lukkes aldri — skriv \\{ for å vise en krøllparentes i teksten',
    );
    expect(problems('<!-- notat -->\n')[0]).toMatch(
      /^7 MDX kan ikke leses: HTML-kommentarer <!-- … --> støttes ikke i MDX/,
    );
    expect(problems('Se <https://difi.no>.\n')[0]).toMatch(/^7 MDX kan ikke leses: lenker i vinkelparenteser/);
  });
  test("names MDX features outside the editors' contract: import, expressions, unknown components", () => {
    expect(problems('import X from "x"\n\nTekst {1 + 1}.\n\n<Faktaboksen tittel="A">B</Faktaboksen>\n')).toEqual([
      '7 import/export støttes ikke; komponentene kan brukes uten import — fjern linjen (se «Komponenter» i redaktørveiledningen)',
      '9 tekst i krøllparenteser { } er et MDX-uttrykk og ville ikke blitt vist — skriv \\{ og \\} for å vise krøllparenteser',
      '11 komponenten <Faktaboksen> finnes ikke på dette nettstedet (mente du «Faktaboks»?) — en av <Faktaboks>, <Merknad>, <Sitat>, <Figur>, <Utvid>, <Vedlegg>, <Video> (se «Komponenter» i redaktørveiledningen)',
    ]);
  });
  test('collects links and images from Markdown and HTML, with their lines', () => {
    const { references } = checkBody(
      'a.mdx',
      '[Tema](/tema/samordning/)\n\n![Kart](/bilder/kart.png)\n\n<a href="/om/">Om</a>\n\nSe [rapporten][r].\n\n[r]: /rapporter/\n',
      7,
    );
    expect(references).toEqual([
      { url: '/tema/samordning/', line: 7, image: false },
      { url: '/bilder/kart.png', line: 9, image: true, alt: 'Kart' },
      { url: '/om/', line: 11, image: false, html: true },
      { url: '/rapporter/', line: 15, image: false },
    ]);
  });
});

describe('component tags written as a word processor or a hurried editor does (editor trial, 2 Dec 2026)', () => {
  test('a value in typographic quotes is said in Norwegian, on its line', () => {
    expect(problems('Innledning.\n\n<Faktaboks tittel=”Om rapporten”>\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '9 MDX kan ikke leses: verdien står i typografiske anførselstegn (”), som MDX ikke leser — vanlige anførselstegn rundt verdien, f.eks. tittel="Om rapporten"',
    ]);
  });
  test('an unclosed quote is named at the tag that has it, not where the parser gave up', () => {
    const body = [
      'Innledning.',
      '',
      '<Faktaboks tittel="Om rapporten>',
      '',
      'Tekst. Mer.',
      '',
      '</Faktaboks>',
      '',
      'Slutt.',
      '',
    ];
    const [said] = problems(body.join('\n'));
    expect(said).toMatch(/^9 MDX kan ikke leses: en komponent er skrevet feil/);
  });
  test('a stray character after a value is said in Norwegian too, at its tag', () => {
    expect(problems('<Faktaboks tittel="Om"="x">\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '7 MDX kan ikke leses: en komponent er skrevet feil, ofte et anførselstegn som ikke er lukket eller en > som mangler — hver verdi i "…" og taggen avsluttet med > (eller /> når den ikke omslutter tekst)',
    ]);
  });
  test('a misspelt component closed with the right name says the name is wrong', () => {
    expect(problems('<Faktboks tittel="Om">\n\nTekst.\n\n</Faktaboks>\n')).toEqual([
      '7 MDX kan ikke leses: komponenten <Faktboks> finnes ikke (mente du «Faktaboks»?), så </Faktaboks> lukker ingenting — <Faktaboks …> … </Faktaboks>, med samme navn i begge',
    ]);
  });
});

describe('an address with a space (editor trial, 2 Dec 2026)', () => {
  test('an image or link whose address has a space would show as text: named at its line', () => {
    expect(problems('Tekst.\n\n![Et møte](../bilder/møte i oslo.jpg)\n')).toEqual([
      '9 bildet «../bilder/møte i oslo.jpg» har mellomrom i adressen, så den vises som tekst — en adresse uten mellomrom: gi filen et navn med bindestrek (../bilder/møte-i-oslo.jpg)',
    ]);
    expect(problems('Se [rapporten](../vedlegg/ny rapport.pdf).\n')).toEqual([
      '7 lenken «../vedlegg/ny rapport.pdf» har mellomrom i adressen, så den vises som tekst — en adresse uten mellomrom: gi filen et navn med bindestrek (../vedlegg/ny-rapport.pdf)',
    ]);
    // A link with a title is a link, and brackets in plain text are text.
    expect(problems('Se [DFØ](https://dfo.no "DFØ sine sider") og [merknad] (se under).\n')).toEqual([]);
  });
});
