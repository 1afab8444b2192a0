/** The four themes of the programme. The id is used in frontmatter, URLs and search filters. */
export const THEME_IDS = ['samordning', 'etatsstyring', 'endringsledelse', 'it-styring'] as const;
export type ThemeId = (typeof THEME_IDS)[number];

export interface Theme {
  id: ThemeId;
  /** Display name, as in running text. */
  label: string;
  /** One sentence shown on the front page and the theme page. */
  summary: string;
}

export const THEMES: readonly Theme[] = [
  {
    id: 'samordning',
    label: 'Samordning',
    summary: 'Samordning på tvers av sektorer, departementer og forvaltningsnivåer.',
  },
  {
    id: 'etatsstyring',
    label: 'Etatsstyring',
    summary: 'Departementenes styring av underliggende virksomheter.',
  },
  {
    id: 'endringsledelse',
    label: 'Endringsledelse',
    summary: 'Ledelse av omstilling og endring i statlige virksomheter.',
  },
  {
    id: 'it-styring',
    label: 'IT-styring',
    summary: 'Styring og ledelse av IT-prosjekter og digitalisering.',
  },
];

const byId = new Map<string, Theme>(THEMES.map((t) => [t.id, t]));

export function isThemeId(value: string): value is ThemeId {
  return byId.has(value);
}

export function getTheme(id: ThemeId): Theme {
  const theme = byId.get(id);
  if (!theme) throw new Error(`Unknown theme: ${id}`);
  return theme;
}
