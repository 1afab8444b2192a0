import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { checkFrontmatter } from './frontmatter.ts';
import { formatProblem } from './problem.ts';
import { withOsloOffset } from '../event-time.ts';

const refs = { people: new Set<string>(), publications: new Set<string>() };
const base = ["description: 'Ingress.'", 'date: 2018-03-06', 'themes: [samordning]'];
const check = (lines: string[], kind: 'artikler' | 'arrangementer' = 'artikler') =>
  checkFrontmatter('content/x/a.mdx', lines.join('\n'), kind, refs).problems.map(formatProblem);

describe('the commonest mistakes, said so the editor can fix them', () => {
  test('a quote inside a quoted title: the field, its line, and the editor’s own title written right', () => {
    for (const title of ["'Lederes 'handlingsrom' i staten'", "'Det er 'lov' å spørre'"]) {
      const [said, ...rest] = check([`title: ${title}`, ...base]);
      expect(rest).toEqual([]);
      expect(said).toMatch(
        /^content\/x\/a\.mdx:2 — title — anførselstegnet ' inne i teksten avslutter verdien for tidlig/,
      );
      // The suggested line is valid YAML and keeps every word and quote the editor wrote.
      const suggested = /title: ('.*') \(eller/.exec(said!)?.[1];
      expect(parse(`t: ${suggested}`)).toEqual({ t: title.slice(1, -1) });
    }
    const [said] = check(['title: "Han sa "ja" til det"', ...base]);
    expect(said).toMatch(/^content\/x\/a\.mdx:2 — title — anførselstegnet " inne i teksten/);
    expect(parse(`t: ${/title: ('.*') \(eller/.exec(said!)?.[1]}`)).toEqual({ t: 'Han sa "ja" til det' });
  });
  test('a quoted value followed by a comment is no mistake', () => {
    expect(check(["title: 'Tittel' # kommentar", ...base])).toEqual([]);
  });
  test('draft in quotes is text, and «ja» is not a boolean', () => {
    expect(check(['title: T', ...base, "draft: 'false'"])).toEqual([
      'content/x/a.mdx:6 — draft — «false» står i anførselstegn, og da er det tekst, ikke sann/usann — draft: false uten anførselstegn',
    ]);
    expect(check(['title: T', ...base, 'draft: ja'])).toEqual([
      'content/x/a.mdx:6 — draft — «ja» er ikke sann/usann — draft: true (ja) eller draft: false (nei), uten anførselstegn',
    ]);
  });
  test('a time without its zone: the editor’s own time with Oslo’s offset that day, winter and summer', () => {
    expect(withOsloOffset('2018-04-10T09:00')).toBe('2018-04-10T09:00:00+02:00');
    expect(withOsloOffset('2018-01-10 09:00')).toBe('2018-01-10T09:00:00+01:00');
    expect(withOsloOffset('2018-01-10T09:00:30')).toBe('2018-01-10T09:00:30+01:00');
    expect(withOsloOffset('2018-02-30T09:00')).toBeUndefined();
    expect(withOsloOffset('2026-03-29T02:30')).toBeUndefined();
    expect(withOsloOffset('neste tirsdag')).toBeUndefined();
    const said = check(
      ['title: T', ...base, 'event:', '  start: 2018-04-10T09:00', '  location: Oslo'],
      'arrangementer',
    );
    expect(said).toEqual([
      "content/x/a.mdx:7 — event.start — «2018-04-10T09:00» mangler tidssone — skriv '2018-04-10T09:00:00+02:00' (norsk tid den dagen: +01:00 om vinteren, +02:00 om sommeren)",
    ]);
  });
  test('an event time written day first: the editor’s own time in the site’s form, with Oslo’s offset', () => {
    const start = (v: string) =>
      check(['title: T', ...base, 'event:', `  start: ${v}`, '  location: Oslo'], 'arrangementer');
    expect(start("'06.03.2018 kl. 09.00'")).toEqual([
      "content/x/a.mdx:7 — event.start — «06.03.2018 kl. 09.00» er ikke på formen ÅÅÅÅ-MM-DDTtt:mm:ss+01:00 (år-måned-dag, klokkeslett, tidssone) — skriv '2018-03-06T09:00:00+01:00' (norsk tid den dagen: +01:00 om vinteren, +02:00 om sommeren)",
    ]);
    expect(start('10.04.2018')).toEqual([
      "content/x/a.mdx:7 — event.start — «10.04.2018» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv '2018-04-10'",
    ]);
    expect(start("'31.04.2018 10:00'")[0]).toMatch(
      /^content\/x\/a\.mdx:7 — event\.start — 31\.04\.2018 10:00 finnes ikke i kalenderen \(april 2018 har 30 dager\) — en dag som finnes: /,
    );
  });
  test('a written form by its name or another code: «mente du» names the code, never a near miss', () => {
    const lang = (v: string) => check(['title: T', ...base, `lang: ${v}`])[0];
    expect(lang('nynorsk')).toMatch(/— ukjent målform «nynorsk» — lang: nb .* \(mente du «nn»\?\)$/);
    expect(lang('Bokmål')).toMatch(/\(mente du «nb»\?\)$/);
    expect(lang('NN')).toMatch(/\(mente du «nn»\?\)$/);
    expect(lang('nb-NO')).toMatch(/\(mente du «nb»\?\)$/);
    // English is not a written form of Norwegian: no suggestion that it is nynorsk.
    expect(lang('en')).not.toContain('mente du');
  });
});
