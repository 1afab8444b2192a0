import { describe, expect, test } from 'vitest';
import { formatProblem } from './problem.ts';
import { checkFrontmatter } from './frontmatter.ts';
import { checkList } from './lists.ts';
import { characterProblems } from './characters.ts';

const refs = { people: new Set<string>(), publications: new Set<string>() };
const lines = (file: string, yaml: string[], kind: 'artikler' | 'arrangementer' = 'artikler') =>
  checkFrontmatter(file, yaml.join('\n'), kind, refs).problems.map(formatProblem);

describe('characters an editor cannot see', () => {
  test('the pasted word-processor line break in an ingress: file, line, field, the character in words, what to do', () => {
    expect(
      lines('content/artikler/a.mdx', [
        'title: Tittel',
        "description: 'Ingress limt inn\u000Bmed en manuell linjeskift-kode.'",
        'date: 2018-03-06',
        'themes: [samordning]',
      ]),
    ).toEqual([
      'content/artikler/a.mdx:3 — description — usynlig tegn U+000B (manuelt linjeskift fra tekstbehandler) i teksten — slett tegnet og skriv et mellomrom (eller et nytt avsnitt) der; lim inn som ren tekst for å unngå det',
    ]);
  });
  test('in every field, also when written as a YAML escape, and a line break inside a one-line field', () => {
    const found = lines(
      'content/arrangementer/b.mdx',
      [
        'title: "Tittel\\u202Emed overstyring"',
        'description: "Første linje\\n\\nandre avsnitt"',
        'date: 2018-03-06',
        'themes: [samordning]',
        'event:',
        "  start: '2018-04-10'",
        "  location: 'Sted\u0085'",
        "  organizer: 'Difi\uFFFD'",
      ],
      'arrangementer',
    );
    expect(found.map((l) => l.split(' — ').slice(0, 2).join(' — '))).toEqual([
      'content/arrangementer/b.mdx:2 — title',
      'content/arrangementer/b.mdx:3 — description',
      'content/arrangementer/b.mdx:8 — event.location',
      'content/arrangementer/b.mdx:9 — event.organizer',
    ]);
    expect(found[0]).toContain('U+202E (retningsoverstyring');
    expect(found[1]).toContain('linjeskift inne i et felt');
    expect(found[3]).toContain('feil tegnkoding');
  });
  test('in the body, on the line it is on', () => {
    expect(characterProblems('c.mdx', 7, 'innhold', 'Avsnitt.\n\nTekst\u000C her.', { oneLine: false })).toEqual([
      expect.objectContaining({
        line: 9,
        field: 'innhold',
        problem: 'usynlig tegn U+000C (sideskift fra tekstbehandler) i teksten',
      }),
    ]);
  });
  test('in the shared lists of people and publications', () => {
    const { problems } = checkList('personer.yaml', "- id: ola\n  name: 'Ola\u0008 Nordmann'\n  role: rådgiver\n");
    expect(problems.map(formatProblem)).toEqual([
      expect.stringMatching(/^content\/personer\.yaml:2 — name — usynlig tegn U\+0008 \(tilbaketegn/),
    ]);
  });
  test('zero-width spaces, word joiners and a byte order mark inside words, from pasted web text', () => {
    const body = 'Om sam\u200Bordning.\n\nEtats\u2060styring og lede\uFEFFlse.';
    const found = characterProblems('d.mdx', 5, 'innhold', body, { oneLine: false });
    expect(found.map((p) => [p.line, p.problem])).toEqual([
      [5, 'usynlig tegn U+200B (nullbredde-mellomrom, deler ordet uten at det synes) i teksten'],
      [7, 'usynlig tegn U+2060 (ordbinder, limer ord sammen uten at det synes) i teksten'],
      [7, 'usynlig tegn U+FEFF (byte order mark inne i teksten, limer ord sammen uten at det synes) i teksten'],
    ]);
    const title = lines('content/artikler/e.mdx', ['title: "Leder\u200Bskap"', 'date: 2018-03-06']);
    expect(title.filter((l) => l.includes('U+200B'))).toEqual([
      expect.stringMatching(/^content\/artikler\/e\.mdx:2 — title — usynlig tegn U\+200B .* — slett tegnet/),
    ]);
  });
  test('kept: soft hyphen, zero-width non-joiner and joiner, direction marks, no-break space', () => {
    const text = 'sam\u00ADordning \u200C \u{1F469}\u200D\u{1F4BB} a\u200Eb\u200F 10\u00A0%';
    expect(characterProblems('f.mdx', 1, 'innhold', text, { oneLine: false })).toEqual([]);
  });
});
