import { describe, expect, test } from 'vitest';
import { annotation, summaryMarkdown } from './summary.ts';
import type { Problem } from './problem.ts';

const endBeforeStart: Problem = {
  file: 'content/arrangementer/frokost.mdx',
  line: 9,
  field: 'event.end',
  problem: 'arrangementet slutter (2017-03-03T08:00:00+01:00) før det starter (2017-03-03T09:00:00+01:00)',
  expected: 'en slutt som er etter start',
};

describe('the check in a pull request', () => {
  test('annotates the file and line with the Norwegian message, escaped as a workflow command', () => {
    expect(annotation(endBeforeStart)).toBe(
      '::error file=content/arrangementer/frokost.mdx,line=9,title=Feil i feltet event.end::arrangementet slutter (2017-03-03T08:00:00+01:00) før det starter (2017-03-03T09:00:00+01:00) — en slutt som er etter start',
    );
    expect(annotation({ ...endBeforeStart, field: 'a,b:c', expected: '100%\nny linje' })).toContain(
      'title=Feil i feltet a%2Cb%3Ac::',
    );
    expect(annotation({ ...endBeforeStart, expected: '100%\nny linje' })).toMatch(/100%25%0Any linje$/);
  });

  test('lists every problem in a table with file, line, field, what is wrong and what is expected', () => {
    const md = summaryMarkdown([endBeforeStart, { ...endBeforeStart, line: 2, field: 'title', problem: 'a | b' }], 5);
    expect(md).toContain('### Innholdet har 2 feil');
    const rows = md.split('\n').filter((l) => l.startsWith('| content/'));
    expect(rows).toEqual([
      '| content/arrangementer/frokost.mdx | 2 | title | a \\| b | en slutt som er etter start |',
      `| content/arrangementer/frokost.mdx | 9 | event.end | ${endBeforeStart.problem} | en slutt som er etter start |`,
    ]);
  });

  test('says the content is in order when it is', () => {
    expect(summaryMarkdown([], 12)).toContain('12 filer kontrollert');
  });
});
