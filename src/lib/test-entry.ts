import type { Entry, EntryData } from './entries.ts';
import type { KindId } from './kinds.ts';

/**
 * For tests: an entry as the content loader gives it, with the plainest valid data (its slug as
 * title, one theme, no people, not a draft) and whatever a test cares about laid over it.
 */
export function testEntry(kind: KindId, slug: string, data: Partial<EntryData> = {}): Entry {
  return {
    kind,
    slug,
    data: {
      title: slug,
      description: '',
      date: '2017-01-01',
      themes: ['samordning'],
      draft: false,
      lang: 'nb',
      people: [],
      publications: [],
      ...data,
    },
  };
}
