import { describe, expect, test } from 'vitest';
import { formatProblem, formatReport, type Problem } from './problem.ts';

const theme: Problem = {
  file: 'content/artikler/b.mdx',
  line: 5,
  field: 'themes',
  problem: 'ukjent tema «x»',
  expected: 'et av samordning',
};
const date: Problem = {
  file: 'content/artikler/a.mdx',
  line: 4,
  field: 'date',
  problem: 'mangler',
  expected: 'ÅÅÅÅ-MM-DD',
};

describe('problem report', () => {
  test('says file:line — field — what is wrong — what is expected', () => {
    expect(formatProblem(theme)).toBe('content/artikler/b.mdx:5 — themes — ukjent tema «x» — et av samordning');
  });
  test('lists every problem, sorted by file and line, under a count', () => {
    const report = formatReport([theme, { ...date, line: 9 }, date]).split('\n');
    expect(report[0]).toBe('Fant 3 problemer i innholdet:');
    expect(report.slice(2, 5)).toEqual([
      'content/artikler/a.mdx:4 — date — mangler — ÅÅÅÅ-MM-DD',
      'content/artikler/a.mdx:9 — date — mangler — ÅÅÅÅ-MM-DD',
      'content/artikler/b.mdx:5 — themes — ukjent tema «x» — et av samordning',
    ]);
  });
  test('says «ett problem» for one', () => {
    expect(formatReport([date])).toMatch(/^Fant ett problem i innholdet:/);
  });
});
