import type { Entry } from './entries.ts';

export interface GraphEntry extends Entry {
  /** Source file, for error messages. */
  filePath?: string | undefined;
}

/** Who or what an article references, resolved both ways. */
export interface Graph<T extends GraphEntry> {
  /** Published articles per person id, newest first. */
  byPerson: Map<string, T[]>;
  /** Published articles per publication id, newest first. */
  byPublication: Map<string, T[]>;
}

/**
 * Resolves the people and publications entries reference. An id that is not in the shared
 * lists is an editor's mistake: the build stops and says where.
 */
export function buildGraph<T extends GraphEntry>(
  entries: readonly T[],
  personIds: ReadonlySet<string>,
  publicationIds: ReadonlySet<string>,
): Graph<T> {
  const problems: string[] = [];
  const byPerson = new Map<string, T[]>();
  const byPublication = new Map<string, T[]>();
  for (const entry of entries) {
    const where = entry.filePath ?? `${entry.kind}/${entry.slug}`;
    for (const { id } of entry.data.people) {
      if (!personIds.has(id)) {
        problems.push(`${where} — people — ukjent person «${id}» — forventet en id fra content/personer.yaml`);
        continue;
      }
      const list = byPerson.get(id) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byPerson.set(id, list);
    }
    for (const id of entry.data.publications) {
      if (!publicationIds.has(id)) {
        problems.push(
          `${where} — publications — ukjent publikasjon «${id}» — forventet en id fra content/publikasjoner.yaml`,
        );
        continue;
      }
      const list = byPublication.get(id) ?? [];
      if (!list.includes(entry)) list.push(entry);
      byPublication.set(id, list);
    }
  }
  if (problems.length > 0) throw new Error(`Ukjente referanser i innholdet:\n${problems.join('\n')}`);
  return { byPerson, byPublication };
}
