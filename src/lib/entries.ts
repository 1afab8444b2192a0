import type { KindId } from './kinds.ts';
import { THEMES, type ThemeId } from './themes.ts';
import type { Part } from './people.ts';
import type { WrittenForm } from './written-form.ts';

export interface EventFacts {
  start: string;
  end?: string | undefined;
  location: string;
  registration?: string | undefined;
  audience?: string | undefined;
  organizer?: string | undefined;
}

/** The validated frontmatter of any kind of entry. */
export interface EntryData {
  title: string;
  description: string;
  date: string;
  /** The last revision, `YYYY-MM-DD`, not before `date`; undefined when the entry has none. */
  updated?: string | undefined;
  themes: ThemeId[];
  draft: boolean;
  people: { id: string; part: Part }[];
  publications: string[];
  /** `nb` or `nn`: the language the entry's own text is marked with. */
  lang: WrittenForm;
  /** The lead image (src/content.config.ts): a path from the entry, and its alt text. */
  image?: { src: string; alt: string } | undefined;
  event?: EventFacts | undefined;
}

/** One article of any kind, as every listing, feed and page sees it. */
export interface Entry {
  kind: KindId;
  slug: string;
  data: EntryData;
}

/** Drafts are shown only where the caller asks for them (the dev server). */
export function isVisible(entry: Entry, showDrafts: boolean): boolean {
  return showDrafts || !entry.data.draft;
}

const collator = new Intl.Collator('nb');

/** Newest first; the same day sorts by title, then by URL, so the order never depends on file order. */
export function compareNewestFirst(a: Entry, b: Entry): number {
  if (a.data.date !== b.data.date) return a.data.date < b.data.date ? 1 : -1;
  return collator.compare(a.data.title, b.data.title) || collator.compare(`${a.kind}/${a.slug}`, `${b.kind}/${b.slug}`);
}

/** Drops drafts (unless shown) and sorts newest first: the one rule for every listing. */
export function selectPublished<T extends Entry>(entries: readonly T[], showDrafts = false): T[] {
  return entries.filter((e) => isVisible(e, showDrafts)).sort(compareNewestFirst);
}

export function byTheme<T extends Entry>(entries: readonly T[], theme: ThemeId): T[] {
  return entries.filter((e) => e.data.themes.includes(theme));
}

export function byKind<T extends Entry>(entries: readonly T[], kind: KindId): T[] {
  return entries.filter((e) => e.kind === kind);
}

/** How many entries each theme has, counting every theme of an entry, in the themes' own order. */
export function countByTheme(entries: readonly Entry[]): { theme: ThemeId; count: number }[] {
  const counts = new Map<ThemeId, number>(THEMES.map((t) => [t.id, 0]));
  for (const entry of entries) {
    for (const theme of new Set(entry.data.themes)) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  }
  return THEMES.map((t) => ({ theme: t.id, count: counts.get(t.id) ?? 0 }));
}

/** The primary theme is the first one listed. */
export function primaryTheme(entry: Entry): ThemeId {
  const first = entry.data.themes[0];
  if (!first) throw new Error(`${entry.kind}/${entry.slug} has no theme`);
  return first;
}
