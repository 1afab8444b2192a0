/** The part a person plays in an article, and how it is said in Norwegian. */
export const PARTS = [
  'intervjuet',
  'innleder',
  'foredragsholder',
  'paneldeltaker',
  'ordstyrer',
  'forfatter',
  'kontaktperson',
] as const;
export type Part = (typeof PARTS)[number];

export const PART_LABELS: Record<Part, string> = {
  intervjuet: 'Intervjuet',
  innleder: 'Innleder',
  foredragsholder: 'Foredragsholder',
  paneldeltaker: 'Paneldeltaker',
  ordstyrer: 'Ordstyrer',
  forfatter: 'Forfatter',
  kontaktperson: 'Kontaktperson',
};
