/**
 * The two written forms of Norwegian (mållova): an entry is in bokmål unless its frontmatter says
 * `lang: nn`. The code is the BCP 47 language tag its text is marked with (WCAG 3.1.2), the label
 * is what the search filter shows.
 */
export const WRITTEN_FORMS = [
  { id: 'nb', label: 'Bokmål' },
  { id: 'nn', label: 'Nynorsk' },
] as const;

/**
 * What editors write for a written form instead of its code: its name, the ISO 639-2/3 codes, a
 * region subtag (BCP 47 `nb-NO`), and `no` (ISO 639-1 «Norwegian», mostly bokmål in practice).
 */
export const WRITTEN_FORM_ALIASES: Readonly<Record<string, 'nb' | 'nn'>> = {
  bokmål: 'nb',
  bokmal: 'nb',
  nob: 'nb',
  'nb-no': 'nb',
  no: 'nb',
  nor: 'nb',
  norsk: 'nb',
  nynorsk: 'nn',
  nno: 'nn',
  'nn-no': 'nn',
};

export type WrittenForm = (typeof WRITTEN_FORMS)[number]['id'];

export const WRITTEN_FORM_IDS = WRITTEN_FORMS.map((f) => f.id) as [WrittenForm, ...WrittenForm[]];

/** The site's own language: the `lang` of every page, and the written form of an entry that names none. */
export const SITE_LANG: WrittenForm = 'nb';

export function isWrittenForm(value: unknown): value is WrittenForm {
  return WRITTEN_FORM_IDS.includes(value as WrittenForm);
}

export function writtenFormLabel(id: WrittenForm): string {
  return WRITTEN_FORMS.find((f) => f.id === id)!.label;
}

/**
 * The `lang` an entry's own text (title, ingress, body) carries wherever it is shown on a page in
 * the site's language: its written form when that is not the site's, nothing otherwise (WCAG 3.1.2).
 */
export function langOfPart(form: unknown): WrittenForm | undefined {
  return isWrittenForm(form) && form !== SITE_LANG ? form : undefined;
}
