import { describe, expect, test } from 'vitest';
import { placeholderProblems } from './placeholders.ts';
import { PLACEHOLDERS, scaffold } from '../scaffold.ts';
import { KIND_IDS } from '../kinds.ts';

describe('the scaffold’s texts left in a published entry', () => {
  test('every kind’s scaffold has its placeholders found, each on its own line', () => {
    for (const kind of KIND_IDS) {
      const { text } = scaffold(kind, 'Tittel', ['samordning'], '2026-03-01');
      const problems = placeholderProblems('ny.mdx', text);
      const expected = 1 + PLACEHOLDERS.body[kind].length + (kind === 'arrangementer' ? 1 : 0);
      expect(problems, kind).toHaveLength(expected);
      const lines = text.split('\n');
      for (const p of problems) expect(lines[p.line - 1], kind).toContain(/«(.*)»/.exec(p.problem)?.[1]);
    }
  });
  test('an entry written over passes, and keeps headings a real entry has', () => {
    const text = [
      '---',
      "title: 'Seminar'",
      "description: 'Et seminar om samordning.'",
      'event:',
      "  location: 'Oslo'",
      '---',
      '',
      'Vi inviterer til seminar.',
      '',
      '## Program',
      '',
      '- 09.00 Velkommen',
      '',
      'Svaret er at det kommer an på. Mer tekst. følger',
    ].join('\n');
    expect(placeholderProblems('ny.mdx', text)).toEqual([]);
  });
  test('a placeholder sentence inside the editor’s own paragraph is left alone; one on its own line in its place is not', () => {
    expect(placeholderProblems('a.mdx', '---\ntitle: x\n---\nSvaret. Det er ja.\n')).toEqual([]);
    expect(placeholderProblems('a.mdx', '---\ntitle: x\n---\n## Første spørsmål?\n\n  Svaret.  \n')).toMatchObject([
      { line: 6, field: 'innhold' },
    ]);
  });
  test('the editor’s own «Mer tekst.» or «Svaret.» is no placeholder: only the scaffold’s, in its place and kind', () => {
    const entry = (kind: string, body: string) =>
      placeholderProblems(`content/${kind}/a.mdx`, `---\ntitle: x\n---\n${body}\n`).map((p) => p.line);
    expect(entry('artikler', 'Vi skrev en rapport.\n\nMer tekst.')).toEqual([]);
    expect(entry('intervjuer', 'Hva mener du?\n\nSvaret.')).toEqual([]);
    // Another kind's placeholder, even in the place its own scaffold has it, is this entry's text.
    expect(entry('intervjuer', '## Mellomtittel\n\nMer tekst.')).toEqual([]);
    expect(entry('artikler', '## Mellomtittel\n\nMer tekst.')).toEqual([6]);
    // The opening instruction is the scaffold's wherever it stands.
    expect(entry('artikler', 'Først dette.\n\nSkriv det viktigste først.')).toEqual([6]);
    expect(entry('rapporter', '## Hovedfunn\n\n- Første funn\n- Andre funn')).toEqual([6, 7]);
  });
});
