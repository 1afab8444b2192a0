/**
 * A synthetic site that follows the editors' contract: N entries of all four kinds, several themes
 * each, people and publications, internal links, headings, lists and tables, about 750 words of
 * Norwegian-looking prose (vocabulary taken from the real content), editor components, photos and
 * PDF attachments. Deterministic for a seed. Two shapes (SHAPES below): the bench's own, and the
 * second generator's of issue 15, whose render phase cost far more for the same number of pages.
 */
import { KINDS } from '../../src/lib/kinds.ts';
import { THEME_IDS } from '../../src/lib/themes.ts';
import { PARTS } from '../../src/lib/people.ts';
import { osloOffsetAt } from '../../src/lib/event-time.ts';
import { prng } from './prng.ts';
import { SHORT_TAIL, wordSampler, type CompoundTail } from './words.ts';
import { textPdf } from '../../scripts/lib/text-pdf.ts';
import type { ImageSpec } from './images.ts';

export type ShapeName = 'blandet' | 'lang-hale';

export interface Shape {
  /** One line for the report. */
  description: string;
  /** New compounds: how often, how long. */
  compounds: CompoundTail;
  /** Whether entries name people and publications from generated personer.yaml/publikasjoner.yaml. */
  peopleAndPublications: boolean;
}

/** The corpus shapes `npm run bench -- --shape <name>` builds. Both have a quarter events (KINDS in turn). */
export const SHAPES: Record<ShapeName, Shape> = {
  blandet: {
    description: 'the bench’s own: people and publications, 4 % new two-part compounds',
    compounds: SHORT_TAIL,
    peopleAndPublications: true,
  },
  'lang-hale': {
    description: 'issue 15’s second corpus: no people or publications, 15 % new compounds of two to four words',
    compounds: { share: 0.15, maxParts: 4 },
    peopleAndPublications: false,
  },
};

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

/** A `<Figur>` as the editor guide writes it. */
const figure = (src: string) => [
  '<Figur',
  `  bilde="${src}"`,
  '  alt="Ledere rundt et møtebord"',
  '  bildetekst="Ledermøte i departementet."',
  '  kreditering="Ola Nordmann"',
  '/>',
  '',
];

export interface Corpus {
  /** Text files (entries, lists) and small binary ones (PDFs), by path relative to the site root. */
  files: Map<string, string | Uint8Array>;
  /** Photos to write with sharp (bench/lib/images.ts); every one is used by some entry. */
  images: ImageSpec[];
}

/** Entries with a lead image (frontmatter `image`): one in five. */
const hasLeadImage = (i: number) => i % 5 === 2;
/** Entries with the editors' components (and a `<Figur>`): one in eight, the first among them. */
const isRich = (i: number) => i % 8 === 0;
/** Rich entries that also attach a PDF with `<Vedlegg>`: one in sixteen. */
const hasAttachment = (i: number) => i % 16 === 0;
/** Distinct photos: one per 250 entries, at most 24; every fourth a 6000 × 4000 camera photo. */
const imageCount = (count: number, users: number) => Math.max(0, Math.min(Math.ceil(count / 250), 24, users));

/** The files of a synthetic corpus of `count` entries in a shape (default: the bench's own). */
export function generateCorpus(count: number, options: { seed?: number; shape?: ShapeName } = {}): Corpus {
  const shape = SHAPES[options.shape ?? 'blandet'];
  const random = prng(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const word = wordSampler(random, shape.compounds);
  const sentence = (n: number) => {
    const s = Array.from({ length: n }, word).join(' ');
    return `${s.charAt(0).toUpperCase()}${s.slice(1)}.`;
  };
  const paragraph = () =>
    Array.from({ length: 4 + Math.floor(random() * 3) }, () => sentence(8 + Math.floor(random() * 8))).join(' ');
  const files = new Map<string, string | Uint8Array>();
  // Attachments' text comes from a generator of its own, so the entries stay what they were.
  const attachmentWord = wordSampler(prng((options.seed ?? 1) + 1), shape.compounds);
  const pdf = (title: string) =>
    textPdf([title, ...Array.from({ length: 30 }, () => Array.from({ length: 10 }, attachmentWord).join(' '))]);
  const first = ['Kari', 'Ola', 'Ingrid', 'Jon', 'Sigrid', 'Lars', 'Åse', 'Bjørn'];
  const last = ['Hansen', 'Johansen', 'Olsen', 'Løvås', 'Bakke', 'Strøm', 'Dahl', 'Sæther'];
  const people = shape.peopleAndPublications ? Array.from({ length: 40 }, (_, i) => `person-${i + 1}`) : [];
  const publications = shape.peopleAndPublications ? Array.from({ length: 20 }, (_, i) => `publikasjon-${i + 1}`) : [];
  files.set(
    'content/personer.yaml',
    people.length === 0
      ? '[]\n'
      : people
          .map(
            (id, i) =>
              `- id: ${id}\n  name: '${first[i % 8]} ${last[Math.floor(i / 8) % 8]}'\n  role: 'seniorrådgiver'\n`,
          )
          .join(''),
  );
  files.set(
    'content/publikasjoner.yaml',
    publications.length === 0
      ? '[]\n'
      : publications
          .map((id, i) => {
            const title = `Rapport ${i + 1} om ${word()}`;
            // Every fourth publication carries the report itself as a PDF.
            const attached = i % 4 === 0 ? `vedlegg/${id}.pdf` : null;
            if (attached) files.set(`content/${attached}`, pdf(title));
            return `- id: ${id}\n  title: '${title}'\n  publisher: 'Difi'\n  year: ${2010 + (i % 8)}\n  kind: ${i % 4 === 0 ? 'veiledningsnotat' : 'rapport'}\n${attached ? `  attachment: ${attached}\n` : ''}`;
          })
          .join(''),
  );
  const users = Array.from({ length: count }, (_, i) => i).filter((i) => hasLeadImage(i) || isRich(i)).length;
  const images: ImageSpec[] = Array.from({ length: imageCount(count, users) }, (_, k) => ({
    path: `content/bilder/foto-${k + 1}.jpg`,
    ...(k % 4 === 0 ? { width: 6000, height: 4000 } : { width: 1600, height: 1067 }),
    seed: 1000 + k,
  }));
  let used = 0;
  /** The next photo in turn, as an entry writes it (`../bilder/foto-3.jpg`). */
  const nextImage = () => `../bilder/${images[used++ % images.length]!.path.split('/').at(-1)}`;
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
    const named = shape.peopleAndPublications
      ? [...new Set([pick(people), pick(people)])].slice(0, 1 + Math.floor(random() * 2))
      : [];
    const fm = [
      '---',
      `title: '${sentence(5).slice(0, -1)} ${i + 1}'`,
      `description: '${sentence(18)}'`,
      `date: ${date}`,
      `themes: [${themes.join(', ')}]`,
    ];
    if (shape.peopleAndPublications)
      fm.push(
        'people:',
        ...named.flatMap((id) => [`  - id: ${id}`, `    part: ${pick(PARTS)}`]),
        `publications: [${pick(publications)}]`,
      );
    if (hasLeadImage(i)) fm.push('image:', `  src: ${nextImage()}`, `  alt: 'Ledere i samtale rundt et bord'`);
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
    // One entry in eight uses the editors' components (compiled by @astrojs/mdx, not the fast path),
    // with a captioned photo, and one in sixteen attaches a PDF. Fixed text and photos in turn, so
    // the rest of the corpus stays what it was.
    if (isRich(i)) {
      const rich = [...RICH_BLOCK, ...figure(nextImage())];
      if (hasAttachment(i)) {
        files.set(`content/vedlegg/${slug}.pdf`, pdf(`Vedlegg til ${slug}`));
        rich.push(`<Vedlegg fil="../vedlegg/${slug}.pdf" tekst="Last ned rapporten" />`, '');
      }
      body.splice(2, 0, ...rich);
    }
    files.set(`content/${kind.id}/${slug}.mdx`, [...fm, ...body].join('\n'));
  });
  return { files, images };
}

/** A shape name from the command line (default: the bench's own); an unknown one stops the run. */
export function parseShape(value: string | undefined): ShapeName {
  if (value === undefined) return 'blandet';
  if (value in SHAPES) return value as ShapeName;
  throw new Error(`Unknown corpus shape «${value}»: one of ${Object.keys(SHAPES).join(', ')}`);
}
