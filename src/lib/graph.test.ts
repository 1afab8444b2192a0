import { describe, expect, test } from 'vitest';
import { buildGraph, type GraphEntry } from './graph.ts';

const entry = (slug: string, people: string[], publications: string[] = []): GraphEntry => ({
  kind: 'intervjuer',
  slug,
  filePath: `content/intervjuer/${slug}.mdx`,
  data: {
    title: slug,
    description: '',
    date: '2017-01-01',
    themes: ['samordning'],
    draft: false,
    people: people.map((id) => ({ id, part: 'intervjuet' as const })),
    publications,
  },
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
