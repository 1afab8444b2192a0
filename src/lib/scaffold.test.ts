import { describe, expect, test } from 'vitest';
import { osloOffset, parseKind, parseThemes, scaffold } from './scaffold.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkFrontmatter } from './validate/frontmatter.ts';
import { checkBody } from './validate/body.ts';
import { KIND_IDS } from './kinds.ts';

const refs = { people: new Set<string>(), publications: new Set<string>() };

describe('scaffold for a new entry', () => {
  test('accepts a kind as editors say it, singular or folder name', () => {
    expect(parseKind('Intervju')).toBe('intervjuer');
    expect(parseKind('arrangementer')).toBe('arrangementer');
    expect(parseKind('blogg')).toBeUndefined();
  });
  test('splits themes on commas or spaces and keeps the unknown apart', () => {
    expect(parseThemes('samordning, IT-styring samording')).toEqual({
      themes: ['samordning', 'it-styring'],
      unknown: ['samording'],
    });
  });
  test('gives events Oslo’s offset for the day: winter and summer time', () => {
    expect(osloOffset('2017-01-12')).toBe('+01:00');
    expect(osloOffset('2017-06-12')).toBe('+02:00');
    expect(scaffold('arrangementer', 'Seminar', ['samordning'], '2017-06-12').text).toContain(
      "start: '2017-06-12T09:00:00+02:00'",
    );
  });
  test('slugifies the title with æ, ø, å spelled ae, o, a', () => {
    expect(scaffold('artikler', 'Særlig økt åpenhet', ['samordning'], '2017-03-01').slug).toBe('saerlig-okt-apenhet');
  });
  test('writes a draft that passes the content check for every kind, also with quotes in the title', () => {
    for (const kind of KIND_IDS) {
      const { text } = scaffold(kind, "Lederes «handlingsrom»: det som 'virker'", ['samordning'], '2017-03-01');
      const { yaml, body, bodyLine } = splitFrontmatter(text);
      const fm = checkFrontmatter('ny.mdx', yaml ?? '', kind, refs);
      expect(fm.problems, kind).toEqual([]);
      expect(fm.data).toMatchObject({
        title: "Lederes «handlingsrom»: det som 'virker'",
        date: '2017-03-01',
        draft: true,
        themes: ['samordning'],
      });
      expect(checkBody('ny.mdx', body, bodyLine).problems, kind).toEqual([]);
    }
  });
});
