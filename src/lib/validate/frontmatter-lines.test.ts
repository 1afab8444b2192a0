import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from './frontmatter.ts';
import type { KindId } from '../kinds.ts';

const refs = { people: new Set(['eivind-dale']), publications: new Set(['mot-alle-odds']) };
const valid = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01', 'themes: [samordning]'];

/** Problems as «line field — problem — expected»; line 1 is the opening `---`. */
function said(lines: string[], kind: KindId = 'artikler'): string[] {
  return checkFrontmatter('a.mdx', lines.join('\n'), kind, refs).problems.map(
    (p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`,
  );
}

describe('frontmatter problems from the schema, on the right line', () => {
  test('reports a field inside a person that the site would drop, on its line', () => {
    expect(said([...valid, 'people:', '  - id: eivind-dale', '    part: intervjuet', '    rolle: leder'])).toEqual([
      '9 people — ukjent felt «rolle» (mente du «part»?) — bare id, part',
    ]);
  });

  test('reports an unknown event field on its line, with the fields an event has', () => {
    expect(
      said([...valid, 'event:', "  start: '2017-03-03'", '  location: R4', '  sted: R4'], 'arrangementer'),
    ).toEqual([
      '9 event.sted — ukjent felt «sted» (mente du «location»?) — bare start, end, location, audience, registration, organizer',
    ]);
  });

  test('reports a person without an id on the line of the person', () => {
    expect(said([...valid, 'people:', '  - part: intervjuet'])).toEqual([
      '7 people — mangler id — en id fra content/personer.yaml, f.eks. id: eivind-dale',
    ]);
  });

  test('reports a blank start as missing, on its own line', () => {
    expect(said([...valid, 'event:', "  start: ''", '  location: R4'], 'arrangementer')).toEqual([
      '7 event.start — mangler — dato og klokkeslett med tidssone, f.eks. 2017-03-17T08:30:00+01:00 (eller bare datoen når klokkeslettet ikke er kjent)',
    ]);
  });

  test('reports text given as a list or as yes/no as such', () => {
    expect(said(['title: [a, b]', 'description: true', ...valid.slice(2)])).toEqual([
      '2 title — skal være tekst, ikke en liste — en tittel, f.eks. title: Tre nøkler for å øke ledernes handlingsrom',
      '3 description — skal være tekst, ikke sann/usann — en ingress på én eller to setninger',
    ]);
  });

  test('reports a date written as a number, and a theme list written as a word', () => {
    expect(said([...valid.slice(0, 2), 'date: 2017', 'themes: samordning'])).toEqual([
      '4 date — «2017» er ikke en dato på formen ÅÅÅÅ-MM-DD — f.eks. date: 2017-03-01',
      '5 themes — skal være en liste, ikke «samordning» — f.eks. themes: [samordning]',
    ]);
  });

  test('a theme list written in quotes, in parentheses or in double brackets is given back as one list', () => {
    const themes = (line: string) => said([...valid.slice(0, 3), line]);
    expect(themes("themes: '[samordning]'")).toEqual([
      '5 themes — skal være en liste, ikke «[samordning]» — f.eks. themes: [samordning]',
    ]);
    expect(themes("themes: 'samordning; etatsstyring'")).toEqual([
      '5 themes — skal være en liste, ikke «samordning; etatsstyring» — f.eks. themes: [samordning, etatsstyring]',
    ]);
    expect(themes('themes: (samordning)')).toEqual([
      '5 themes — skal være en liste, ikke «(samordning)» — f.eks. themes: [samordning]',
    ]);
    expect(themes('themes: [[samordning], etatsstyring]')).toEqual([
      '5 themes — «[samordning]» er en liste inne i listen (to hakeparenteser) — én hakeparentes rundt listen: themes: [samordning, etatsstyring]',
    ]);
  });

  test('reports a web address that is not http(s)', () => {
    expect(
      said(
        [...valid, 'event:', "  start: '2017-03-03'", '  location: R4', "  registration: 'ftp://difi.no/'"],
        'arrangementer',
      ),
    ).toEqual([
      '9 event.registration — «ftp://difi.no/» er ikke en nettadresse — en full adresse som begynner med https://',
    ]);
  });
});
