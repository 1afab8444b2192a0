import { KINDS, type KindId } from './kinds.ts';
import { THEME_IDS, type ThemeId } from './themes.ts';
import { slugify } from './slug.ts';

/** Accepts the kind as editors say it: singular type (`intervju`) or folder name (`intervjuer`). */
export function parseKind(value: string): KindId | undefined {
  const v = value.trim().toLowerCase();
  return KINDS.find((k) => k.id === v || k.type === v)?.id;
}

export function parseThemes(value: string): { themes: ThemeId[]; unknown: string[] } {
  const items = value
    .split(/[,\s]+/)
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);
  return {
    themes: items.filter((t): t is ThemeId => (THEME_IDS as readonly string[]).includes(t)),
    unknown: items.filter((t) => !(THEME_IDS as readonly string[]).includes(t)),
  };
}

/** Oslo's UTC offset on a day, `+01:00` in winter and `+02:00` in summer. */
export function osloOffset(day: string): string {
  const name = new Intl.DateTimeFormat('en', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' })
    .formatToParts(new Date(`${day}T12:00:00Z`))
    .find((p) => p.type === 'timeZoneName')?.value;
  return name?.replace('GMT', '') || '+00:00';
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * The scaffold's texts that an editor is to write over. `npm run check` reports any of them left in
 * an entry that is no longer a draft (src/lib/validate/placeholders.ts). Headings and list items
 * that a real entry may keep or a guide's example shows («## Mellomtittel», «## Program»,
 * «- 09.00 Velkommen») are not in this list.
 */
export const PLACEHOLDERS = {
  description: 'Skriv ingressen her: én eller to setninger som vises i lister, søk og deling.',
  location: 'Skriv stedet her',
  body: {
    artikler: ['Skriv det viktigste først.', 'Mer tekst.'],
    intervjuer: ['Innledning: hvem er intervjuet, og hvorfor.', 'Svaret.'],
    rapporter: ['Hva rapporten handler om, og hvem som har skrevet den.', '- Første funn', '- Andre funn'],
    arrangementer: ['Hva arrangementet handler om.', '- 09.15 Første innlegg'],
  } as const satisfies Record<KindId, readonly string[]>,
} as const;

/**
 * A new entry's file: frontmatter for its kind with today's date and `draft: true`, and a body
 * skeleton to write over. It passes `npm run check` as it is.
 */
export function scaffold(
  kind: KindId,
  title: string,
  themes: readonly ThemeId[],
  today: string,
): { slug: string; text: string } {
  const lines = [
    '---',
    `title: ${quote(title)}`,
    `description: ${quote(PLACEHOLDERS.description)}`,
    `date: ${today}`,
    `themes: [${themes.join(', ')}]`,
    'draft: true',
  ];
  if (kind === 'intervjuer') {
    lines.push('# people:', '#   - id: fornavn-etternavn   # fra content/personer.yaml', '#     part: intervjuet');
  }
  if (kind === 'rapporter') lines.push('# publications: [id-fra-publikasjoner-yaml]');
  if (kind === 'arrangementer') {
    const offset = osloOffset(today);
    lines.push(
      'event:',
      `  start: '${today}T09:00:00${offset}'   # dato og klokkeslett, Oslo-tid (+01:00 vinter, +02:00 sommer)`,
      `  end: '${today}T11:00:00${offset}'`,
      `  location: ${quote(PLACEHOLDERS.location)}`,
      "  # audience: 'Hvem arrangementet er for'",
      "  # registration: 'https://…'",
    );
  }
  lines.push('---', '');
  const b = PLACEHOLDERS.body;
  const body: Record<KindId, string[]> = {
    artikler: [b.artikler[0], '', '## Mellomtittel', '', b.artikler[1]],
    intervjuer: [b.intervjuer[0], '', '## Første spørsmål?', '', b.intervjuer[1]],
    rapporter: [b.rapporter[0], '', '## Hovedfunn', '', b.rapporter[1], b.rapporter[2]],
    arrangementer: [b.arrangementer[0], '', '## Program', '', '- 09.00 Velkommen', b.arrangementer[1]],
  };
  lines.push(...body[kind], '');
  return { slug: slugify(title), text: lines.join('\n') };
}
