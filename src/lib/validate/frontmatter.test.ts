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
      '4 date 2017-02-31 finnes ikke i kalenderen (februar 2017 har 28 dager)',
    ]);
    expect(problems([...valid.slice(0, 2), 'date: neste tirsdag', valid[3]!])).toEqual([
      '4 date «neste tirsdag» er ikke en dato på formen ÅÅÅÅ-MM-DD',
    ]);
  });
  test('updated: the last revision, a day from the publication on, named in its own field', () => {
    const said = (...lines: string[]) =>
      checkFrontmatter('a.mdx', [...valid, ...lines].join('\n'), 'artikler', refs).problems.map(
        (p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`,
      );
    expect(said('updated: 2017-03-01')).toEqual([]);
    expect(said('updated: 2017-03-10')).toEqual([]);
    expect(said('updated: 10.03.2017')).toEqual([
      '6 updated — «10.03.2017» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv updated: 2017-03-10',
    ]);
    expect(said('updated: i går')).toEqual([
      '6 updated — «i går» er ikke en dato på formen ÅÅÅÅ-MM-DD — f.eks. updated: 2017-03-01',
    ]);
    expect(said('updated: 2017-02-29')).toEqual([
      '6 updated — 2017-02-29 finnes ikke i kalenderen (februar 2017 har 28 dager) — en dato som finnes, på formen ÅÅÅÅ-MM-DD',
    ]);
    expect(said('updated: 2017-02-28')).toEqual([
      '6 updated — 2017-02-28 er før publiseringsdatoen 2017-03-01 — datoen for siste endring, fra og med 2017-03-01, f.eks. updated: 2017-03-01',
    ]);
    expect(said('updated: 42')).toEqual([
      '6 updated — «42» er ikke en dato på formen ÅÅÅÅ-MM-DD — f.eks. updated: 2017-03-10',
    ]);
  });
  test('a date written day first is given back as year-month-day; one that does not exist says why', () => {
    const said = (date: string) =>
      checkFrontmatter(
        'a.mdx',
        [...valid.slice(0, 2), `date: ${date}`, valid[3]!].join('\n'),
        'artikler',
        refs,
      ).problems.map((p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`);
    expect(said('06.03.2018')).toEqual([
      '4 date — «06.03.2018» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv date: 2018-03-06',
    ]);
    expect(said('6.3.2018')).toEqual([
      '4 date — «6.3.2018» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv date: 2018-03-06',
    ]);
    expect(said('1. mars 2017')).toEqual([
      '4 date — «1. mars 2017» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv date: 2017-03-01',
    ]);
    expect(said('2018-3-6')).toEqual([
      '4 date — «2018-3-6» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv date: 2018-03-06',
    ]);
    const none = 'en dato som finnes, på formen ÅÅÅÅ-MM-DD';
    expect(said('31.02.2026')).toEqual([
      `4 date — 31.02.2026 finnes ikke i kalenderen (februar 2026 har 28 dager) — ${none}`,
    ]);
    expect(said('30.2.2026')).toEqual([
      `4 date — 30.2.2026 finnes ikke i kalenderen (februar 2026 har 28 dager) — ${none}`,
    ]);
    expect(said('2026-02-31')).toEqual([
      `4 date — 2026-02-31 finnes ikke i kalenderen (februar 2026 har 28 dager) — ${none}`,
    ]);
    expect(said('2024-02-30')).toEqual([
      `4 date — 2024-02-30 finnes ikke i kalenderen (februar 2024 har 29 dager) — ${none}`,
    ]);
    expect(said('2026-04-31')).toEqual([
      `4 date — 2026-04-31 finnes ikke i kalenderen (april 2026 har 30 dager) — ${none}`,
    ]);
    expect(said('2026-13-01')).toEqual([
      `4 date — 2026-13-01 finnes ikke i kalenderen (det finnes ingen måned 13) — ${none}`,
    ]);
    expect(said('2024-02-29')).toEqual([]);
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
      '2 title kolonet etter «Tittel» inne i verdien får YAML til å lese «Tittel» som et nytt feltnavn',
    ]);
    expect(problems(['title: Tittel', 'title: To ganger', ...valid.slice(1)])).toEqual([
      '3 title feltet står to ganger: på linje 2 og linje 3 (YAML-feil)',
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
    // A quote around words inside a plain value is text, and allowed.
    expect(problems([`title: Han sa “nei” til dem`, ...valid.slice(1)])).toEqual([]);
  });
  test('marks around the whole value, two different marks, or one mark that nothing closes are named; a quoted value is kept', () => {
    const said = (title: string) =>
      all([`title: ${title}`, ...valid.slice(1)]).map((p) => `${p.line} ${p.field} ${p.problem} — ${p.expected}`);
    expect(said('«Tillit i staten»')).toEqual([
      "2 title hele verdien står i «…», som YAML tar for tekst: tegnene kommer med på siden — vanlige anførselstegn: title: 'Tillit i staten' (skal tegnene vises rundt hele verdien, skriv den i vanlige anførselstegn: title: '«Tillit i staten»')",
    ]);
    expect(said('‹Tillit›')).toEqual([
      "2 title hele verdien står i ‹…›, som YAML tar for tekst: tegnene kommer med på siden — vanlige anførselstegn: title: 'Tillit' (skal tegnene vises rundt hele verdien, skriv den i vanlige anførselstegn: title: '‹Tillit›')",
    ]);
    expect(said("“Tillit i staten'")).toEqual([
      "2 title verdien står i to ulike anførselstegn (“…'), som YAML tar for tekst: de kommer med på siden — vanlige anførselstegn: title: 'Tillit i staten'",
    ]);
    expect(said('“Tillit i staten')).toEqual([
      "2 title verdien begynner med “, som ikke lukkes, og YAML tar det for tekst: tegnet kommer med på siden — vanlige anførselstegn: title: 'Tillit i staten'",
    ]);
    expect(said('Tillit i staten”')).toEqual([
      "2 title verdien slutter med ”, som ikke åpnes, og YAML tar det for tekst: tegnet kommer med på siden — vanlige anførselstegn: title: 'Tillit i staten'",
    ]);
    expect(said('«Samtale: om tillit»')[0]).toMatch(/vanlige anførselstegn: title: 'Samtale: om tillit'/);
    // The editor’s own way of showing the marks is kept: a quoted value, marks around words inside.
    for (const title of [
      "'«Tillit i staten»'",
      '"«Tillit»"',
      "'“Tillit”'",
      'Om «tillit» i staten',
      '«Tillit» og «tiltro»',
      'Hans’',
    ])
      expect(problems([`title: ${title}`, ...valid.slice(1)])).toEqual([]);
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
  test('a no-break, thin or narrow space at the edge of a value is named at its line, with the line written right', () => {
    const said = (lines: string[]) => all(lines).map((p) => `${p.line} ${p.field} ${p.problem} — ${p.expected}`);
    const from = 'ofte limt inn fra et tekstbehandlingsprogram';
    expect(said(['title: Tillit\u00A0', ...valid.slice(1)])).toEqual([
      `2 title hardt mellomrom (U+00A0) sist i verdien: YAML tar det for en del av verdien, ${from} — bare vanlige mellomrom: title: Tillit`,
    ]);
    expect(said(['title: Tillit\u2009', ...valid.slice(1)])[0]).toMatch(
      /^2 title tynt mellomrom \(U\+2009\) sist i verdien/,
    );
    expect(said(['title: Tillit\u202F', ...valid.slice(1)])[0]).toMatch(
      /^2 title smalt hardt mellomrom \(U\+202F\) sist/,
    );
    // In a list, after the comma or before it: not «ukjent tema « etatsstyring»».
    expect(said([...valid.slice(0, 3), 'themes: [samordning,\u00A0etatsstyring]'])).toEqual([
      `5 themes hardt mellomrom (U+00A0) først i verdien: YAML tar det for en del av verdien, ${from} — bare vanlige mellomrom: themes: [samordning, etatsstyring]`,
    ]);
    expect(said([...valid.slice(0, 3), 'themes: [samordning\u00A0, etatsstyring]'])[0]).toMatch(
      /^5 themes hardt mellomrom \(U\+00A0\) sist i verdien: .* — bare vanlige mellomrom: themes: \[samordning, etatsstyring\]$/,
    );
    // After a file name: not «uten filendelse».
    expect(said([...valid, 'image:', '  src: ../bilder/kart.jpg\u00A0', '  alt: Kart'])).toEqual([
      `7 image.src hardt mellomrom (U+00A0) sist i verdien: YAML tar det for en del av verdien, ${from} — bare vanlige mellomrom: src: ../bilder/kart.jpg`,
    ]);
    // After a quoted value; and in a field's name, which loses the field: said alone, not also «title mangler».
    expect(said(["title: 'Tillit'\u00A0", ...valid.slice(1)])[0]).toMatch(
      /^2 title hardt mellomrom \(U\+00A0\) sist i verdien: .* — bare vanlige mellomrom: title: 'Tillit'$/,
    );
    expect(said(['title\u00A0: Tillit', ...valid.slice(1)])).toEqual([
      `2 title hardt mellomrom (U+00A0) sist i feltnavnet: YAML tar det for en del av navnet, ${from} — bare vanlige mellomrom: title: Tillit`,
    ]);
    // Before a comment, the comment becomes part of the value.
    expect(said(['title: Tillit\u00A0# kladd', ...valid.slice(1)])[0]).toMatch(
      /^2 title hardt mellomrom \(U\+00A0\) foran #: .* — bare vanlige mellomrom: title: Tillit # kladd$/,
    );
  });
  test('a dash or bullet as a list marker, or a no-break space after -, is named, not «et kolon inne i verdien»', () => {
    const said = (lines: string[]) => all(lines).map((p) => `${p.line} ${p.field} ${p.problem} — ${p.expected}`);
    const themes = (item: string) => said([...valid.slice(0, 3), 'themes:', `  ${item}`]);
    expect(themes('– samordning')).toEqual([
      '6 themes «–» (U+2013, tankestrek) foran et listeelement, der YAML bare kjenner igjen bindestrek — bruk bindestrek - og et vanlig mellomrom: - samordning',
    ]);
    expect(themes('— samordning')[0]).toMatch(/^6 themes «—» \(U\+2014, lang tankestrek\) foran et listeelement/);
    expect(themes('•\tsamordning')[0]).toMatch(/^6 themes «•» \(U\+2022, punkttegn\) foran et listeelement/);
    expect(themes('-\u00A0samordning')).toEqual([
      '6 themes hardt mellomrom (U+00A0) etter listetegnet -, der YAML trenger et vanlig mellomrom, ofte limt inn fra et tekstbehandlingsprogram — bruk bindestrek - og et vanlig mellomrom: - samordning',
    ]);
    expect(said([...valid, 'people:', '  – id: eivind-dale', '    part: intervjuet'])).toEqual([
      '7 people «–» (U+2013, tankestrek) foran et listeelement, der YAML bare kjenner igjen bindestrek — bruk bindestrek - og et vanlig mellomrom: - id: eivind-dale',
    ]);
    // A dash inside a text, or starting a quoted value, is text.
    expect(problems(['title: Tillit – og tiltro', "description: '– Ingress.'", ...valid.slice(2)])).toEqual([]);
  });
  test('a colon look-alike after a field name is named, with a plain colon', () => {
    const said = (lines: string[]) => all(lines).map((p) => `${p.line} ${p.field} ${p.problem} — ${p.expected}`);
    expect(said(['title：Tillit', ...valid.slice(1)])).toEqual([
      '2 title «：» (U+FF1A, kolon i full bredde) etter feltnavnet, der YAML trenger et vanlig kolon, ofte limt inn fra et tekstbehandlingsprogram — et vanlig kolon og et mellomrom: title: Tillit',
    ]);
    expect(said(['title꞉ Tillit', ...valid.slice(1)])[0]).toMatch(
      /^2 title «꞉» \(U\+A789, et tegn som ligner kolon\) .* title: Tillit$/,
    );
    expect(said([...valid, 'image:', '  src∶ ../bilder/kart.jpg', '  alt: Kart'])[0]).toMatch(
      /^7 src «∶» \(U\+2236, forholdstegn\) .* — et vanlig kolon og et mellomrom: src: \.\.\/bilder\/kart\.jpg$/,
    );
    // Inside a value it is text.
    expect(problems(['title: Kl. 10：00', ...valid.slice(1)])).toEqual([]);
  });
  test('quotes around an id in a list or a nested field: the quote message alone, not also «ukjent …»', () => {
    const quote = 'verdien står i typografiske anførselstegn (“…”), som YAML tar for tekst: de kommer med på siden';
    const said = (lines: string[], kind: KindId = 'artikler') =>
      checkFrontmatter('a.mdx', lines.join('\n'), kind, refs).problems.map(
        (p) => `${p.line} ${p.field} ${p.problem} — ${p.expected}`,
      );
    expect(said([...valid.slice(0, 3), 'themes: [“samordning”, “it-styring”]'])).toEqual([
      `5 themes ${quote} — vanlige anførselstegn: themes: ['samordning', 'it-styring']`,
    ]);
    expect(said([...valid.slice(0, 3), 'themes:', '  - “samordning”'])).toEqual([
      `6 themes ${quote} — vanlige anførselstegn: - 'samordning'`,
    ]);
    expect(said([...valid, 'people:', '  - id: “eivind-dale”', '    part: intervjuet'])).toEqual([
      `7 people.id ${quote} — vanlige anførselstegn: - id: 'eivind-dale'`,
    ]);
    expect(said([...valid, 'publications: [“mot-alle-odds”]'])).toEqual([
      `6 publications ${quote} — vanlige anførselstegn: publications: ['mot-alle-odds']`,
    ]);
    expect(said([...valid, 'lang: “nn”'])).toEqual([`6 lang ${quote} — vanlige anførselstegn: lang: 'nn'`]);
    expect(said([...valid, 'event:', "  start: '2017-03-03'", '  location: «R4»'], 'arrangementer')[0]).toMatch(
      /^8 event\.location hele verdien står i «…».* — vanlige anførselstegn: location: 'R4'/,
    );
    // Other lines are still checked.
    expect(
      said(['title: T', 'description: I.', 'date: 2017-03-01', 'themes: [“samordning”]', 'lang: nynorsk']).map((p) =>
        p.slice(0, 6),
      ),
    ).toEqual(['5 them', '6 lang']);
  });
});
