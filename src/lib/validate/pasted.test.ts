import { describe, expect, test } from 'vitest';
import { pastedMarks } from './pasted.ts';
import { TYPOGRAPHIC_QUOTES } from '../text/characters.ts';

const said = (yaml: string) => pastedMarks(yaml).map((m) => `${m.line} ${m.field} ${m.problem}`);

describe('quotation marks in a frontmatter value (the one list in src/lib/text/characters.ts)', () => {
  test('every mark of the list around a value is named as text to YAML', () => {
    // ’ before a word is the apostrophe itself (’tis): the next test.
    for (const mark of [...TYPOGRAPHIC_QUOTES].filter((m) => m !== '’'))
      expect(said(`title: ${mark}Tillit i staten`), mark).toEqual([
        `1 title verdien begynner med ${mark}, som ikke lukkes, og YAML tar det for tekst: tegnet kommer med på siden`,
      ]);
  });
  test('an apostrophe Word turned before a year (‘90s, ’17) opens no quote', () => {
    for (const title of ['‘90s-tallets reformer', '’90-tallet i staten', '‘17 var et godt år'])
      expect(said(`title: ${title}`), title).toEqual([]);
  });
  test('an English apostrophe at the start of a word or inside it (’tis, rock’n’roll) opens no quote', () => {
    for (const title of ['’tis the season', '’Twas a reform', 'rock’n’roll i staten', 'The ‘90s and rock ’n’ roll'])
      expect(said(`title: ${title}`), title).toEqual([]);
    expect(said('description: ’tis the season')).toEqual([]);
  });
});
