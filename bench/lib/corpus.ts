/**
 * A synthetic site that follows the editors' contract: N entries of all four kinds, several themes
 * each, people and publications, internal links, headings, lists and tables, about 750 words of
 * Norwegian-looking prose (vocabulary taken from the real content). Deterministic for a seed.
 */
import { KINDS } from '../../src/lib/kinds.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { PARTS } from '../../src/lib/people.ts';
import { osloOffsetAt } from '../../src/lib/event-time.ts';
import { prng } from './prng.ts';
import { wordSampler } from './words.ts';

/** The components a share of the corpus uses: the editor guide's text-only ones. */
const RICH_BLOCK = [
  '<Faktaboks tittel="Fakta om tiltaket">',
  'Tiltaket varer i fire år og omfatter tolv virksomheter.',
  '</Faktaboks>',
  '',
  '<Merknad type="info">',
  'Rapporten er oppdatert med nye tall.',
  '</Merknad>',
  '',
  '<Utvid tittel="Les om metoden">',
  'Undersøkelsen bygger på intervjuer og dokumentstudier.',
  '</Utvid>',
  '',
];

export interface Corpus {
  files: Map<string, string>;
}

/** The files of a synthetic corpus of `count` entries, by path relative to the site root. */
export function generateCorpus(count: number, seed = 1): Corpus {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = wordSampler(random);
  const sentence = (n: number) => {
    const s = Array.from({ length: n }, word).join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () =>
    Array.from({ length: 4 + Math.floor(random() * 3) }, () => sentence(8 + Math.floor(random() * 8))).join(' ');
  const files = new Map<string, string>();
  const first = ['Kari', 'Ola', 'Ingrid', 'Jon', 'Sigrid', 'Lars', 'Åse', 'Bjørn'];
  const last = ['Hansen', 'Johansen', 'Olsen', 'Løvås', 'Bakke', 'Strøm', 'Dahl', 'Sæther'];
  const people = Array.from({ length: 40 }, (_, i) => `person-${i + 1}`);
  const publications = Array.from({ length: 20 }, (_, i) => `publikasjon-${i + 1}`);
  files.set(
    'content/personer.yaml',
    people
      .map(
        (id, i) => `- id: ${id}\n  name: '${first[i % 8]} ${last[Math.floor(i / 8) % 8]}'\n  role: 'seniorrådgiver'\n`,
      )
      .join(''),
  );
  files.set(
    'content/publikasjoner.yaml',
    publications
      .map(
        (id, i) =>
          `- id: ${id}\n  title: 'Rapport ${i + 1} om ${word()}'\n  publisher: 'Difi'\n  year: ${2010 + (i % 8)}\n  kind: ${i % 4 === 0 ? 'veiledningsnotat' : 'rapport'}\n`,
      )
      .join(''),
  );
  const entries = Array.from({ length: count }, (_, i) => ({
    kind: KINDS[i % KINDS.length]!,
    slug: `syntetisk-${i + 1}`,
  }));
  const link = () => {
    const other = entries[Math.floor(random() * count)]!;
    return `[${sentence(3).slice(0, -1).toLowerCase()}](/${other.kind.id}/${other.slug}/)`;
  };
  const start = Date.UTC(2012, 0, 1);
  entries.forEach(({ kind, slug }, i) => {
    // Events run up to a few years ahead, so that some are upcoming; everything else is in the past.
    const days = kind.id === 'arrangementer' ? 5000 : 3650;
    const date = new Date(start + Math.floor(random() * days) * 86_400_000).toISOString().slice(0, 10);
    const themes = [...new Set([pick(THEME_IDS), pick(THEME_IDS), pick(THEME_IDS)])];
    const named = [...new Set([pick(people), pick(people)])].slice(0, 1 + Math.floor(random() * 2));
    const fm = [
      '---',
      `title: '${sentence(5).slice(0, -1)} ${i + 1}'`,
      `description: '${sentence(18)}'`,
      `date: ${date}`,
      `themes: [${themes.join(', ')}]`,
      'people:',
      ...named.flatMap((id) => [`  - id: ${id}`, `    part: ${pick(PARTS)}`]),
      `publications: [${pick(publications)}]`,
    ];
    if (kind.id === 'arrangementer') {
      if (random() < 0.2) fm.push('event:', `  start: '${date}'`, `  location: 'Ikke oppgitt'`);
      else
        fm.push(
          'event:',
          // Oslo's offset on that day (+01:00 or +02:00), as the check requires.
          `  start: '${date}T09:00:00${osloOffsetAt(date, '09:00')}'`,
          `  end: '${date}T11:30:00${osloOffsetAt(date, '11:30')}'`,
          `  location: 'Auditoriet i R5, Akersgata 59, Oslo'`,
          `  registration: 'https://example.org/pamelding/${slug}'`,
          `  audience: 'Ledere og medarbeidere i staten'`,
          `  organizer: 'Difi'`,
        );
    }
    fm.push('---', '');
    const body = [
      paragraph(),
      '',
      `## ${sentence(4).slice(0, -1)}`,
      '',
      `${paragraph()} Se også ${link()}.`,
      '',
      `Les også ${link()} og temaet [${themes[0]}](/tema/${themes[0]}/).`,
      '',
      '- ' + sentence(6),
      '- ' + sentence(7),
      '- ' + sentence(5),
      '',
      `## ${sentence(3).slice(0, -1)}`,
      '',
      paragraph(),
      '',
      '| Tiltak | Ansvar | Frist |',
      '| --- | --- | --- |',
      `| ${word()} | ${word()} | 2017 |`,
      `| ${word()} | ${word()} | 2018 |`,
      `| ${word()} | ${word()} | 2019 |`,
      '',
      `### ${sentence(3).slice(0, -1)}`,
      '',
      paragraph(),
      '',
      '1. ' + sentence(6),
      '2. ' + sentence(8),
      '',
      paragraph(),
      '',
      `${paragraph()} Mer om dette i ${link()}.`,
      '',
      paragraph(),
      '',
      `## ${sentence(4).slice(0, -1)}`,
      '',
      paragraph(),
      '',
      `> ${sentence(12)}`,
      '',
      paragraph(),
      '',
      paragraph(),
      '',
      paragraph(),
      '',
    ];
    // One entry in eight uses the editors' components (compiled by @astrojs/mdx, not the fast path).
    // Fixed text, so the rest of the corpus stays what it was.
    if (i % 8 === 0) body.splice(2, 0, ...RICH_BLOCK);
    files.set(`content/${kind.id}/${slug}.mdx`, [...fm, ...body].join('\n'));
  });
  return { files };
}
