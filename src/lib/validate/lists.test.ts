import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { checkList } from './lists.ts';

const said = (name: 'personer.yaml' | 'publikasjoner.yaml', source: string) =>
  checkList(name, source).problems.map((p) => `${p.line} ${p.field} ${p.problem}`);

describe('shared lists of people and publications', () => {
  test('accepts the real lists and returns their ids', () => {
    const people = checkList('personer.yaml', readFileSync('content/personer.yaml', 'utf8'));
    expect(people.problems).toEqual([]);
    expect(people.ids!.has('eivind-dale')).toBe(true);
    expect(checkList('publikasjoner.yaml', readFileSync('content/publikasjoner.yaml', 'utf8')).problems).toEqual([]);
  });
  test('reports a missing name or role, a repeated id and an unknown field, with their lines', () => {
    const source = [
      '- id: eivind-dale',
      "  name: 'Eivind Dale'",
      '- id: eivind-dale',
      "  name: 'Eivind Dale'",
      "  role: 'KMD'",
      "  rolle: 'KMD'",
    ].join('\n');
    expect(said('personer.yaml', source)).toEqual([
      '1 role mangler (eivind-dale)',
      '3 id id «eivind-dale» står to ganger',
      '6 rolle ukjent felt «rolle» (eivind-dale) (mente du «role»?)',
    ]);
  });
  test('reports a year in quotes, an unknown kind of publication and an id with capitals', () => {
    const source = [
      '- id: Mot-Alle-Odds',
      "  title: 'Mot alle odds?'",
      "  publisher: 'Difi'",
      "  year: '2014'",
      '  kind: bok',
    ].join('\n');
    expect(said('publikasjoner.yaml', source)).toEqual([
      '1 id «Mot-Alle-Odds» er ikke en gyldig id',
      '4 year «2014» er ikke gyldig (Mot-Alle-Odds)',
      '5 kind «bok» er ikke gyldig (Mot-Alle-Odds)',
    ]);
  });
  test('a year in quotes or written as a span is given back as the year the editor wrote', () => {
    const expected = (year: string) =>
      checkList(
        'publikasjoner.yaml',
        `- id: mot-alle-odds\n  title: 'Mot alle odds?'\n  publisher: Difi\n  year: ${year}`,
      ).problems.map((p) => p.expected);
    expect(expected("'2019'")).toEqual(['et årstall uten anførselstegn: year: 2019']);
    expect(expected('2019/2020')).toEqual(['et årstall uten anførselstegn: year: 2019']);
    expect(expected('i fjor')).toEqual(['et årstall uten anførselstegn, f.eks. year: 2014']);
  });
  test('an id with capitals, spaces or æ, ø, å is given back written as an id, unless another item has that id', () => {
    const expected = (source: string) => checkList('personer.yaml', source).problems.map((p) => p.expected);
    expect(expected("- id: kåre-ødegård\n  name: 'Kåre Ødegård'\n  role: rådgiver")).toEqual([
      'skriv id: kare-odegard (små bokstaver a–z, tall og bindestrek; æ, ø og å blir ae, o og a)',
    ]);
    expect(expected("- id: Kari Nordmann\n  name: 'Kari Nordmann'")[0]).toMatch(/^skriv id: kari-nordmann /);
    expect(
      expected("- id: kari-nordmann\n  name: 'Kari Nordmann'\n- id: Kari-Nordmann\n  name: 'Kari Nordmann'")[0],
    ).not.toMatch(/^skriv id: kari-nordmann/);
  });
  test('names marks pasted from a word processor, as in a frontmatter, and not also «er ikke gyldig»', () => {
    const publication = (lines: string[]) =>
      said(
        'publikasjoner.yaml',
        ['- id: mot-alle-odds', "  title: 'Mot alle odds?'", "  publisher: 'Difi'", ...lines].join('\n'),
      );
    expect(publication(['  kind: “rapport”'])).toEqual([
      '4 kind verdien står i typografiske anførselstegn (“…”), som YAML tar for tekst: de kommer med på siden',
    ]);
    expect(said('personer.yaml', "- id: “eivind-dale”\n  name: 'E'\n  role: 'R'\n")).toEqual([
      '1 id verdien står i typografiske anførselstegn (“…”), som YAML tar for tekst: de kommer med på siden',
    ]);
    expect(publication(['  year:\u00A02014'])).toEqual([
      '4 year hardt mellomrom (U+00A0) der YAML trenger et vanlig mellomrom, ofte limt inn fra et tekstbehandlingsprogram',
    ]);
    expect(said('personer.yaml', "– id: eivind-dale\n  name: 'E'\n  role: 'R'\n")).toEqual([
      '1 liste «–» (U+2013, tankestrek) foran et listeelement, der YAML bare kjenner igjen bindestrek',
    ]);
  });
  test('reports YAML that does not parse', () => {
    expect(said('personer.yaml', "- id: a\n  name: 'Uten slutt\n")[0]).toBe(
      "2 name anførselstegnet ' lukkes aldri (YAML-feil)",
    );
  });
});

describe('lines of a shared list YAML reads otherwise than meant (editor trial, December 2026)', () => {
  const full = (name: 'personer.yaml' | 'publikasjoner.yaml', source: string) =>
    checkList(name, source).problems.map((p) => `${p.line} ${p.field} — ${p.problem} — ${p.expected}`);
  test('a name or a title cut at « #» is said, with the line quoted', () => {
    expect(full('personer.yaml', '- id: per-hansen\n  name: Per #2\n  role: leder\n')).toEqual([
      "2 name — YAML leser « #» og alt etter som en kommentar: bare «Per» kommer med, ikke «#2» — hele verdien i anførselstegn: name: 'Per #2'",
    ]);
    expect(full('personer.yaml', '- id: per-hansen\n  name: Per\n  role: leder\n  aliases:\n    - Per #2\n')).toEqual([
      "5 aliases — YAML leser « #» og alt etter som en kommentar: bare «Per» kommer med, ikke «#2» — hele verdien i anførselstegn: - 'Per #2'",
    ]);
    expect(
      full('publikasjoner.yaml', '- id: rapport-3\n  title: Rapport #3\n  publisher: Difi\n  year: 2014 # trykt\n'),
    ).toEqual([
      "2 title — YAML leser « #» og alt etter som en kommentar: bare «Rapport» kommer med, ikke «#3» — hele verdien i anførselstegn: title: 'Rapport #3'",
    ]);
  });
  test('a missing space after the colon, a colon in a value, an indent and a field twice', () => {
    expect(full('personer.yaml', '- id:per-hansen\n  name: Per\n  role: leder\n')).toEqual([
      '1 id — mellomrommet etter kolonet mangler: YAML leser «id:per-hansen» som ett ord, ikke som feltet id — et mellomrom etter kolonet: - id: per-hansen',
    ]);
    expect(full('personer.yaml', '- id: per-hansen\n  name: Per\n  role: leder: KMD\n')).toEqual([
      "3 role — kolonet etter «leder» inne i verdien får YAML til å lese «leder» som et nytt feltnavn — hele verdien i anførselstegn: role: 'leder: KMD'",
    ]);
    expect(full('personer.yaml', '- id: per-hansen\n  name: Per\n   role: leder\n')).toEqual([
      '3 role — feil innrykk: role står ikke rett under name på linjen over (YAML-feil) — 2 mellomrom foran role, som foran name: «  role: leder»',
    ]);
    expect(full('personer.yaml', '- id: per-hansen\n  name: Per\n  name: Pål\n  role: leder\n')).toEqual([
      '3 name — feltet står to ganger: på linje 2 og linje 3 (YAML-feil) — name bare én gang: slett den ene linjen, eller slå dem sammen',
    ]);
  });
  test('a comment inside […] and an item without the space after its -', () => {
    expect(
      full('personer.yaml', '- id: per-hansen\n  name: Per\n  role: leder\n  aliases: [Per #2, P. Hansen]\n'),
    ).toEqual([
      "4 aliases — YAML leser « #» og alt etter som en kommentar, også ] som lukker listen — verdien med # i anførselstegn: aliases: ['Per #2', P. Hansen]",
    ]);
    expect(
      full(
        'personer.yaml',
        '- id: per-hansen\n  name: Per\n  role: leder\n-id: kari-hansen\n  name: Kari\n  role: leder\n',
      ),
    ).toEqual([
      '4 id — mellomrommet etter listetegnet - mangler: YAML leser «-id: kari-hansen» som tekst, ikke som et listeelement — et mellomrom etter bindestreken: - id: kari-hansen',
    ]);
  });
  test('a year in «» is given back as a number, and a Norwegian field name is named', () => {
    expect(full('publikasjoner.yaml', '- id: a-b\n  title: X\n  publisher: Difi\n  year: «2014»\n')).toEqual([
      '4 year — hele verdien står i «…», som YAML tar for tekst: tegnene kommer med på siden — uten anførselstegn: year: 2014',
    ]);
    expect(said('personer.yaml', '- id: per-hansen\n  navn: Per\n  name: Per\n  role: leder\n')).toEqual([
      '2 navn ukjent felt «navn» (per-hansen) (mente du «name»?)',
    ]);
    expect(
      said(
        'publikasjoner.yaml',
        '- id: a-b\n  title: X\n  utgiver: Difi\n  publisher: Difi\n  lenke: https://difi.no\n',
      ),
    ).toEqual([
      '3 utgiver ukjent felt «utgiver» (a-b) (mente du «publisher»?)',
      '5 lenke ukjent felt «lenke» (a-b) (mente du «url»?)',
    ]);
  });
  test('a person’s other names written on the line of «aliases:» are moved under it', () => {
    const source = "- id: astri-tverstol\n  name: 'Astri Tverstøl'\n  role: 'Difi'\n  aliases: - Astrid Tverstøl\n";
    expect(checkList('personer.yaml', source).problems.map((p) => `${p.line} ${p.field} — ${p.expected}`)).toEqual([
      '4 aliases — listen på egne linjer under «aliases:», med mellomrom foran og - foran hvert element:\n  aliases:\n    - Astrid Tverstøl',
    ]);
    const fixed = source.replace('  aliases: - Astrid Tverstøl\n', '  aliases:\n    - Astrid Tverstøl\n');
    expect(checkList('personer.yaml', fixed).problems).toEqual([]);
  });
});
