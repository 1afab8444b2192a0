import { describe, expect, test } from 'vitest';
import { testEntry } from './test-entry.ts';
import { buildGraph, type GraphEntry } from './graph.ts';

const entry = (slug: string, people: string[], publications: string[] = []): GraphEntry => ({
  ...testEntry('intervjuer', slug, { people: people.map((id) => ({ id, part: 'intervjuet' })), publications }),
  filePath: `content/intervjuer/${slug}.mdx`,
});

describe('buildGraph', () => {
  test('lists the articles of each person and publication', () => {
    const a = entry('a', ['dale'], ['odds']);
    const b = entry('b', ['dale', 'moen']);
    const graph = buildGraph([a, b], new Set(['dale', 'moen']), new Set(['odds']));
    expect(graph.byPerson.get('dale')).toEqual([a, b]);
    expect(graph.byPerson.get('moen')).toEqual([b]);
    expect(graph.byPublication.get('odds')).toEqual([a]);
  });
  test('stops with the file and the unknown id', () => {
    expect(() => buildGraph([entry('a', ['dael'])], new Set(['dale']), new Set())).toThrow(
      'content/intervjuer/a.mdx — people — ukjent person «dael» — forventet en id fra content/personer.yaml',
    );
  });
});
