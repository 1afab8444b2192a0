import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { articleLoader } from './loaders/article-loader.ts';
import type { KindId } from './lib/kinds.ts';
import { entrySchema } from './lib/schema/entry.ts';
import { personSchema, publicationSchema } from './lib/schema/lists.ts';

/*
 * The collections, wired to the editors' contract. Every field, its rule, its default and what
 * editors are told about it live in src/lib/schema/ (entry.ts for articles, lists.ts for the shared
 * lists), so that `npm run check`, the editor guide and a later web editor read the same rules.
 */

function articles(kind: KindId) {
  return defineCollection({ loader: articleLoader(kind), schema: entrySchema(kind) });
}

export const collections = {
  artikler: articles('artikler'),
  intervjuer: articles('intervjuer'),
  rapporter: articles('rapporter'),
  arrangementer: articles('arrangementer'),
  /** One shared list of people, so that a name is spelled once. */
  personer: defineCollection({ loader: file('content/personer.yaml'), schema: personSchema }),
  /** Reports and notes the content discusses. */
  publikasjoner: defineCollection({ loader: file('content/publikasjoner.yaml'), schema: publicationSchema }),
};
