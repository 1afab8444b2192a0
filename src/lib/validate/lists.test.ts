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
    expect(said('personer.yaml', "- id: a\n  name: 'Uten slutt\n")[0]).toMatch(/^\d+ liste YAML-feil/);
  });
});
