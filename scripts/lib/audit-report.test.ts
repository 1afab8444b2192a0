import { describe, expect, test } from 'vitest';
import { scoreTable, shortfalls, type PageScores } from './audit-report.ts';

const page = (name: string, performance: number, accessibility = 100): PageScores => ({
  name,
  path: `/${name}/`,
  scores: { performance, accessibility, 'best-practices': 100, seo: 100 },
});

describe('audit report', () => {
  test('accepts a performance score of 95 and full marks elsewhere', () => {
    expect(shortfalls([page('forside', 95)])).toEqual([]);
  });
  test('names every page and category below its target', () => {
    expect(shortfalls([page('forside', 94), page('artikkel', 100, 98)])).toEqual([
      'forside: performance 94 < 95',
      'artikkel: accessibility 98 < 100',
    ]);
  });
  test('prints one table row per page, in category order', () => {
    const table = scoreTable([page('tema', 99)]).split('\n');
    expect(table[0]).toBe(
      '| Page | performance (≥ 95) | accessibility (≥ 100) | best-practices (≥ 100) | seo (≥ 100) |',
    );
    expect(table[2]).toBe('| tema (`/tema/`) | 99 | 100 | 100 | 100 |');
  });
});
