/** Site-wide names and texts in Norwegian bokmål. */
export const SITE = {
  name: 'Kunnskapsbanken',
  tagline: 'Kunnskap om styring og ledelse i staten',
  description:
    'Artikler, intervjuer, rapportsammendrag og arrangementer fra Program for bedre styring og ledelse i staten (Difi og DFØ).',
  programme: 'Program for bedre styring og ledelse i staten',
  lang: 'nb',
  locale: 'nb_NO',
} as const;

/** How many entries a listing shows per page. */
export const PAGE_SIZE = 20;

/** The Open Graph image of a page without a lead image (public/og-standard.png), with its alt text. */
export const DEFAULT_OG_IMAGE = { path: '/og-standard.png', alt: `${SITE.name}: ${SITE.tagline}` } as const;
