import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from './frontmatter.ts';
import type { KindId } from '../kinds.ts';

const refs = { people: new Set(['eivind-dale']), publications: new Set(['mot-alle-odds']) };
const valid = ['title: Tittel', 'description: Ingress.', 'date: 2017-03-01', 'themes: [samordning]'];
const event = [
  'event:',
  "  start: '2017-03-17T08:30:00+01:00'",
  "  end: '2017-03-17T10:00:00+01:00'",
  '  location: R4',
];

/** Problems as «line field problem», for frontmatter lines (line 1 is the opening `---`). */
function problems(lines: string[], kind: KindId = 'artikler'): string[] {
  return checkFrontmatter('a.mdx', lines.join('\n'), kind, refs).problems.map(
    (p) => `${p.line} ${p.field} ${p.problem}`,
  );
}

describe('frontmatter', () => {
  test('accepts every field filled in as the guide shows', () => {
    const full = [
      ...valid,
      'draft: false',
      'people:',
      '  - id: eivind-dale',
      '    part: intervjuet',
      'publications: [mot-alle-odds]',
    ];
    expect(problems(full)).toEqual([]);
    expect(problems([...valid, ...event], 'arrangementer')).toEqual([]);
    expect(
      problems([...valid, 'event:', "  start: '2017-03-03'", '  location: Ikke oppgitt'], 'arrangementer'),
    ).toEqual([]);
  });
  test('reports every missing required field, not only the first', () => {
    expect(problems(['draft: true'])).toEqual([
      '1 title mangler',
      '1 description mangler',
      '1 date mangler',
      '1 themes mangler',
    ]);
  });
  test('reports empty text and wrong types on the line of the field', () => {
    expect(problems(["title: ''", 'description: 42', 'date: 2017-03-01', 'themes: samordning', 'draft: ja'])).toEqual([
      '2 title er tomt',
      '3 description skal være tekst, ikke et tall',
      '5 themes skal være en liste, ikke «samordning»',
      '6 draft «ja» er ikke sann/usann',
    ]);
  });
  test('reports a date that is not in the calendar, or not written as a date', () => {
    expect(problems([...valid.slice(0, 2), 'date: 2017-02-31', valid[3]!])).toEqual([
      '4 date 2017-02-31 finnes ikke i kalenderen',
    ]);
    expect(problems([...valid.slice(0, 2), 'date: 1. mars 2017', valid[3]!])).toEqual([
      '4 date «1. mars 2017» er ikke en dato på formen ÅÅÅÅ-MM-DD',
    ]);
  });
  test('reports an unknown theme with a suggestion, on its own line in a block list', () => {
    const lines = [...valid.slice(0, 3), 'themes:', '  - etatsstyring', '  - samording'];
    const [p] = checkFrontmatter('a.mdx', lines.join('\n'), 'artikler', refs).problems;
    expect(p).toMatchObject({ line: 7, field: 'themes', problem: 'ukjent tema «samording»' });
    expect(p?.expected).toBe('et av samordning, etatsstyring, endringsledelse, it-styring (mente du «samordning»?)');
  });
  test('reports unknown people, parts and publications', () => {
    expect(
      problems([...valid, 'people:', '  - id: eivind-dael', '    part: intervjuer', 'publications: [mot-alle-ods]']),
    ).toEqual([
      '7 people ukjent person «eivind-dael»',
      '8 people ukjent rolle «intervjuer»',
      '9 publications ukjent publikasjon «mot-alle-ods»',
    ]);
  });
  test('reports an event without time or place, and one that ends before it starts', () => {
    expect(problems(valid, 'arrangementer')).toEqual(['1 event mangler: et arrangement trenger tid og sted']);
    expect(problems([...valid, 'event:', '  audience: Alle'], 'arrangementer')).toEqual([
      '6 event.start mangler',
      '6 event.location mangler',
    ]);
    const backwards = [
      ...valid,
      'event:',
      "  start: '2017-03-17T10:00:00+01:00'",
      "  end: '2017-03-17T08:30:00+01:00'",
      '  location: R4',
    ];
    expect(problems(backwards, 'arrangementer')).toEqual([
      '8 event.end arrangementet slutter (2017-03-17T08:30:00+01:00) før det starter (2017-03-17T10:00:00+01:00)',
    ]);
  });
  test('reports a start without time zone and a registration that is not a web address', () => {
    const lines = [
      ...valid,
      'event:',
      "  start: '2017-03-17T08:30'",
      '  location: R4',
      '  registration: difi.no/pamelding',
    ];
    expect(problems(lines, 'arrangementer')).toEqual([
      '7 event.start «2017-03-17T08:30» mangler tidssone',
      '9 event.registration «difi.no/pamelding» er ikke en nettadresse',
    ]);
  });
  test('reports optional fields left empty, which the schema would reject', () => {
    expect(problems([...valid, 'people:', 'publications:'])).toEqual(['6 people er tomt', '7 publications er tomt']);
    expect(
      problems([...valid, 'event:', "  start: '2017-03-03'", '  end:', '  location: R4'], 'arrangementer'),
    ).toEqual(['8 event.end er tomt']);
  });
  test('reports fields the site would drop without a word', () => {
    expect(problems([...valid, 'tags: [a]'])).toEqual(['6 tags ukjent felt «tags»']);
    expect(problems([...valid, ...event])).toEqual(['6 event event-feltet hører bare til arrangementer']);
  });
  test('reports YAML that does not parse, with its line', () => {
    expect(problems(['title: Tittel', 'description: "Uten slutt', 'date: 2017-03-01'])).toEqual([
      '3 description anførselstegnet " lukkes aldri (YAML-feil)',
    ]);
    expect(problems(['title: Tittel', 'themes: [samordning', 'date: 2017-03-01'])).toEqual([
      '3 themes hakeparentesen [ lukkes aldri (YAML-feil)',
    ]);
    expect(problems(['title: Tittel: med kolon', ...valid.slice(1)])).toEqual([
      '2 frontmatter YAML-feil: et kolon inne i verdien',
    ]);
    expect(problems(['title: Tittel', 'title: To ganger', ...valid.slice(1)])).toEqual([
      '3 frontmatter YAML-feil: feltet står to ganger',
    ]);
  });
});

describe('marks pasted from a word processor (editor trial, 2 Dec 2026)', () => {
  const all = (lines: string[]) => checkFrontmatter('a.mdx', lines.join('\n'), 'artikler', refs).problems;
  test('a value in typographic quotes is named with the value written right, colon or not', () => {
    for (const [open, close] of [
      ['“', '”'],
      ['‘', '’'],
      ['„', '“'],
    ]) {
      const lines = [`title: ${open}Samtale: om samhandling${close}`, ...valid.slice(1)];
      const found = all(lines);
      expect(found.map((p) => `${p.line} ${p.field}`)).toEqual(['2 title']);
      expect(found[0]!.problem).toContain(`typografiske anførselstegn (${open}…${close})`);
      expect(found[0]!.expected).toBe("vanlige anførselstegn: title: 'Samtale: om samhandling'");
    }
    // Without a colon inside, YAML takes it as text and the quotes would be published: still named.
    expect(problems([`title: ‘Samtale om samhandling’`, ...valid.slice(1)])).toEqual([
      '2 title verdien står i typografiske anførselstegn (‘…’), som YAML tar for tekst: de kommer med på siden',
    ]);
    // Guillemets are Norwegian quotation marks, and a quote inside a plain value is text: both allowed.
    expect(problems([`title: «Mot alle odds»`, ...valid.slice(1)])).toEqual([]);
    expect(problems([`title: Han sa “nei” til dem`, ...valid.slice(1)])).toEqual([]);
  });
  test('a no-break space where YAML needs a space is named, not taken for a missing «felt:»', () => {
    const found = all([...valid.slice(0, 2), 'date:\u00A02017-03-01', valid[3]!]);
    expect(found.map((p) => `${p.line} ${p.field} ${p.problem}`)).toEqual([
      '4 date hardt mellomrom (U+00A0) der YAML trenger et vanlig mellomrom, ofte limt inn fra et tekstbehandlingsprogram',
    ]);
    expect(found[0]!.expected).toBe('et vanlig mellomrom: date: 2017-03-01');
    expect(all([...valid.slice(0, 2), 'date: 2017-03-01', '\u00A0themes: [samordning]']).map((p) => p.line)).toEqual([
      5,
    ]);
    // Inside a value a no-break space is typography, and kept.
    expect(problems(['title: 10\u00A0000 kroner', ...valid.slice(1)])).toEqual([]);
  });
});
