/**
 * Every word the body pipeline itself adds to a page, in Norwegian bokmål (WCAG 2.1 SC 3.1.2:
 * a `lang="nb"` page must not carry English the editor never wrote).
 */
export const BODY_STRINGS = {
  /** The heading over GFM footnotes (hidden visually, read by screen readers). */
  footnotes: 'Fotnoter',
  /** The link back from footnote `n` to where it is referenced; `k` counts repeat references. */
  backToReference: (n: number, k = 1) => `Tilbake til henvisning ${n}${k > 1 ? `-${k}` : ''}`,
  /** The link from the text to footnote `n`. */
  footnoteReference: (n: string) => `Fotnote ${n}`,
  /** A task list item's checkbox, named by its text and state. */
  taskDone: 'fullført',
  taskOpen: 'ikke fullført',
  /** The scrollable region around a table, named by its column headings when it has them. */
  table: (columns: string[]) => (columns.length > 0 ? `Tabell: ${columns.join(', ')}` : 'Tabell'),
  /** The scrollable region around a code block, named by its language when the editor gave one. */
  code: (language: string | undefined) => (language ? `Kodeeksempel (${language})` : 'Kodeeksempel'),
} as const;
