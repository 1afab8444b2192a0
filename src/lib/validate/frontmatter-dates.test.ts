import { describe, expect, test } from 'vitest';
import { checkFrontmatter } from './frontmatter.ts';

/** Every date field reads a day as the editor wrote it by one rule, and gives that day back to write. */
const refs = { people: new Set<string>(), publications: new Set<string>() };
const lines = (field: string, value: string) =>
  [
    'title: Tittel',
    'description: Ingress.',
    `date: ${field === 'date' ? value : '2017-03-01'}`,
    'themes: [samordning]',
    ...(field === 'updated' ? [`updated: ${value}`] : []),
  ].join('\n');
const said = (field: string, value: string) =>
  checkFrontmatter('a.mdx', lines(field, value), 'artikler', refs).problems.map(
    (p) => `${p.field} — ${p.problem} — ${p.expected}`,
  );
/** The value after «skriv felt: », written in the field's place. */
const followed = (field: string, value: string) => {
  const [message] = said(field, value);
  const fixed = new RegExp(`skriv ${field}: (\\S+)`).exec(message!)![1]!;
  return checkFrontmatter('a.mdx', lines(field, fixed), 'artikler', refs);
};

describe.each(['date', 'updated'])('the day written in %s', (field) => {
  test('with slashes, day first, is given back with the day it was read as', () => {
    expect(said(field, '5/3/2024')).toEqual([
      `${field} — «5/3/2024» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag), lest som 5. mars 2024 — skriv ${field}: 2024-03-05`,
    ]);
    expect(followed(field, '5/3/2024').problems).toEqual([]);
    expect(said(field, '3/15/2024')).toEqual([
      `${field} — «3/15/2024» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag), lest som 15. mars 2024 — skriv ${field}: 2024-03-15`,
    ]);
  });
  test('with a weekday, as the site shows it, is given back without it', () => {
    expect(said(field, 'tirsdag 5. mars 2024')).toEqual([
      `${field} — «tirsdag 5. mars 2024» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv ${field}: 2024-03-05`,
    ]);
    expect(followed(field, 'tirsdag 5. mars 2024').data[field]).toBe('2024-03-05');
  });
  test('with a weekday that is not that day’s, both days are given', () => {
    expect(said(field, 'mandag 5. mars 2024')).toEqual([
      `${field} — «mandag 5. mars 2024»: 5. mars 2024 er en tirsdag, ikke en mandag — skriv ${field}: 2024-03-05 hvis datoen stemmer, eller ${field}: 2024-03-04 for 4. mars 2024`,
    ]);
  });
  test('with a short month name', () => {
    expect(said(field, '5. mar. 2024')).toEqual([
      `${field} — «5. mar. 2024» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag) — skriv ${field}: 2024-03-05`,
    ]);
  });
});
