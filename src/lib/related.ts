import { compareNewestFirst, type Entry } from './entries.ts';

/** Sharing a person or a publication says more than sharing a broad theme. */
const WEIGHT = { person: 3, publication: 3, theme: 1 } as const;
export const RELATED_COUNT = 4;

const key = (e: Entry) => `${e.kind}/${e.slug}`;

/**
 * For every entry, the entries most related to it: scored by shared people, publications and
 * themes; ties broken newest first, then by URL. Built once per build through an inverted index,
 * so the cost grows with the number of shared features, not with the square of the site.
 */
export function relatedIndex<T extends Entry>(entries: readonly T[], count = RELATED_COUNT): Map<string, T[]> {
  const postings = new Map<string, { entries: T[]; weight: number }>();
  const features = (e: T): [string, number][] => [
    ...e.data.themes.map((t): [string, number] => [`t:${t}`, WEIGHT.theme]),
    ...e.data.people.map((p): [string, number] => [`p:${p.id}`, WEIGHT.person]),
    ...e.data.publications.map((p): [string, number] => [`u:${p}`, WEIGHT.publication]),
  ];
  for (const e of entries) {
    for (const [f, weight] of new Map(features(e))) {
      const posting = postings.get(f) ?? { entries: [], weight };
      posting.entries.push(e);
      postings.set(f, posting);
    }
  }
  const result = new Map<string, T[]>();
  for (const e of entries) {
    const scores = new Map<T, number>();
    for (const [f] of new Map(features(e))) {
      const posting = postings.get(f)!;
      for (const other of posting.entries) if (other !== e) scores.set(other, (scores.get(other) ?? 0) + posting.weight);
    }
    const ranked = [...scores].sort(
      ([a, sa], [b, sb]) => sb - sa || compareNewestFirst(a, b) || key(a).localeCompare(key(b)),
    );
    result.set(key(e), ranked.slice(0, count).map(([other]) => other));
  }
  return result;
}
