import { z } from 'astro/zod';
import { THEME_IDS } from '../themes.ts';
import { PARTS } from '../people.ts';
import { KIND_IDS, type KindId } from '../kinds.ts';
import { isoDay, nearestWeekday, readDate, spokenDay, whyNoSuchDay, wrongWeekday } from '../dates.ts';
import { eventTimeIssues, isEventTime, readEventTime, withOsloOffset } from '../event-time.ts';
import { oneLine, text } from './text.ts';
import { SITE_LANG, WRITTEN_FORM_ALIASES, WRITTEN_FORM_IDS } from '../written-form.ts';
import { didYouMean } from '../validate/suggest.ts';
import { field } from './doc.ts';
import { itemsWritten } from './error-map.ts';
import { eventWritten, imageWritten, peopleWritten, personWritten } from './written-back.ts';

/**
 * The editors' contract for an entry's frontmatter: every field, its rule, its default and what the
 * editor is told about it (see docs/architecture.md, «The editors' contract»). Astro's collections
 * (src/content.config.ts), `npm run check` (src/lib/validate/frontmatter.ts) and the editor guide's
 * field tables (src/lib/schema/guide-table.ts) all read it from here.
 *
 * To add a field: add it to `commonFields` (or `eventFields`) with `field(schema, doc)`, then add
 * the row `node scripts/fields.ts` prints to docs/redaktor.md (scripts/guide.test.ts fails until you do).
 */

/** The ids an entry may refer to; without them (Astro's own parse) references are only checked for form. */
export interface References {
  /** The ids of content/personer.yaml; undefined when the file cannot be read (its own errors are said instead). */
  people: ReadonlySet<string> | undefined;
  /** The ids of content/publikasjoner.yaml; undefined when the file cannot be read. */
  publications: ReadonlySet<string> | undefined;
}

const list = (values: readonly string[]) => values.join(', ');

/**
 * `YYYY-MM-DD`, a day that exists, in the field `name` (the fix names the field the editor wrote).
 * A day written another way (`06.03.2018`) is given back in this form; one that does not exist
 * says why (`februar 2026 har 28 dager`).
 */
const isoDate = (name: string) =>
  z.string().superRefine((value, ctx) => {
    const issue = dateIssue(value, name);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.problem, params: issue });
  });

function dateIssue(value: string, name: string): { problem: string; expected: string } | undefined {
  const parts = readDate(value);
  if (!parts) return withClockTime(value, name);
  const why = whyNoSuchDay(parts);
  if (why) return { problem: notInCalendar(value, why), expected: 'en dato som finnes, på formen ÅÅÅÅ-MM-DD' };
  const iso = isoDay(parts);
  const weekday = wrongWeekday(parts);
  if (weekday) {
    const other = nearestWeekday(parts);
    return {
      problem: `«${value}»: ${weekday}`,
      expected: `skriv ${name}: ${iso} hvis datoen stemmer, eller ${name}: ${isoDay(other)} for ${spokenDay(other)}`,
    };
  }
  if (iso === value) return undefined;
  // Slashes are written month first too (`3/5/2024`): the day read is named, for the editor to see.
  const read = parts.slashed ? `, lest som ${spokenDay(parts)}` : '';
  return { problem: `${notDayForm(value)}${read}`, expected: `skriv ${name}: ${iso}` };
}

/**
 * A publication date written with a clock time (`2018-03-06 kl. 09.00`, `2018-03-06T09:00:00+01:00`):
 * the site shows the day alone, so the day is given back and the time said to be left out.
 */
function withClockTime(value: string, name: string): { problem: string; expected: string } {
  const read = isEventTime(value) ? { fixed: value.slice(0, 10), withTime: true } : readEventTime(value);
  if (read && 'why' in read)
    return { problem: notInCalendar(value, read.why), expected: 'en dato som finnes, på formen ÅÅÅÅ-MM-DD' };
  if (read?.withTime)
    return {
      problem: `«${value}» har klokkeslett, men publiseringsdatoen er bare en dag (klokkeslettet vises ikke)`,
      expected: `skriv ${name}: ${read.fixed.slice(0, 10)}`,
    };
  return { problem: `«${value}» er ikke en dato på formen ÅÅÅÅ-MM-DD`, expected: `f.eks. ${name}: 2017-03-01` };
}

/** A day written as editors write it that does not exist: `why` from `whyNoSuchDay`. */
const notInCalendar = (value: string, why: string) => `${value} finnes ikke i kalenderen (${why})`;
/** A day that exists, written another way than year-month-day. */
const notDayForm = (value: string) => `«${value}» er ikke på formen ÅÅÅÅ-MM-DD (år-måned-dag)`;

const TIME_EXPECTED =
  'dato og klokkeslett med tidssone, f.eks. 2017-03-17T08:30:00+01:00 (eller bare datoen når klokkeslettet ikke er kjent)';
const notATime = (input: unknown) => {
  if (typeof input !== 'string') return `«${String(input)}» er ikke et gyldig tidspunkt`;
  if (withOsloOffset(input)) return `«${input}» mangler tidssone`;
  const read = readEventTime(input);
  if (!read) return `«${input}» er ikke et gyldig tidspunkt`;
  if ('why' in read) return notInCalendar(input, read.why);
  return read.withTime
    ? `«${input}» er ikke på formen ÅÅÅÅ-MM-DDTtt:mm:ss+01:00 (år-måned-dag, klokkeslett, tidssone)`
    : notDayForm(input);
};
/** What to write instead: the editor's own time, with Oslo's offset that day when it has a clock time. */
const timeExpected = (input: unknown) => {
  const read = typeof input === 'string' ? readEventTime(input) : undefined;
  if (!read) return TIME_EXPECTED;
  if ('why' in read) return `en dag som finnes: ${TIME_EXPECTED}`;
  return read.withTime
    ? `skriv '${read.fixed}' (norsk tid den dagen: +01:00 om vinteren, +02:00 om sommeren)`
    : `skriv '${read.fixed}'`;
};

/** A date-time with offset (`2017-03-17T08:30:00+01:00`), or a date alone when the hour is not known. */
const eventTime = () =>
  z.string().refine(isEventTime, { error: (issue) => notATime(issue.input), params: { expected: timeExpected } });

/** One reference by id to a shared list, checked against the list when its ids are known. */
function reference(ids: ReadonlySet<string> | undefined, noun: string, listFile: string) {
  const id = oneLine().min(1);
  if (!ids) return id;
  return id.refine((v) => ids.has(v), {
    error: (issue) => `ukjent ${noun} «${String(issue.input)}»`,
    params: { expected: (input: unknown) => `en id fra ${listFile}${didYouMean(String(input), [...ids])}` },
  });
}

/** The frontmatter every kind shares, in the order the guide's table gives it. */
function commonFields(refs: References | undefined) {
  return {
    /** The headline. Required. */
    title: field(text(), {
      label: 'Tittel',
      words: ['overskrift'],
      help: 'tittelen',
      example: "`title: 'Samordning i praksis'`",
      expected: 'en tittel, f.eks. title: Tre nøkler for å øke ledernes handlingsrom',
    }),
    /** The ingress: shown in listings, as meta description and in search results. Required. */
    description: field(text(), {
      label: 'Ingress',
      words: ['beskrivelse', 'sammendrag', 'skildring'],
      help: 'ingressen: én eller to setninger. Vises i lister, i søkeresultater og når siden deles',
      example: "`description: 'Tre ferske rapporter …'`",
      expected: 'en ingress på én eller to setninger',
    }),
    /** Publication date, `YYYY-MM-DD`. Required. */
    date: field(isoDate('date'), {
      label: 'Publiseringsdato',
      words: ['dato', 'publisert'],
      help: 'publiseringsdato, år-måned-dag',
      example: '`date: 2017-03-01`',
      expected: 'publiseringsdato på formen ÅÅÅÅ-MM-DD, f.eks. date: 2017-03-01',
      format: 'date',
      wrongType: {
        problem: (input) => `«${String(input)}» er ikke en dato på formen ÅÅÅÅ-MM-DD`,
        expected: 'f.eks. date: 2017-03-01',
      },
    }),
    /**
     * The last revision worth telling readers' calendars about, `YYYY-MM-DD`, not before `date`.
     * An event's calendar entry takes LAST-MODIFIED, DTSTAMP and SEQUENCE from it
     * (src/lib/calendar-events.ts). Optional; without it, the publication date.
     */
    updated: field(isoDate('updated').optional(), {
      label: 'Sist endret',
      help: 'dato for siste endring, år-måned-dag. Endrer du tid eller sted for et arrangement, skriv dagens dato her, så ser kalenderne endringen',
      example: '`updated: 2017-03-10`',
      expected: 'dato for siste endring på formen ÅÅÅÅ-MM-DD, f.eks. updated: 2017-03-10',
      format: 'date',
      wrongType: {
        problem: (input) => `«${String(input)}» er ikke en dato på formen ÅÅÅÅ-MM-DD`,
        expected: 'f.eks. updated: 2017-03-10',
      },
    }),
    /** One or more themes; the first is the primary theme. Required. */
    themes: field(
      z
        .array(
          field(z.enum(THEME_IDS), {
            label: 'Tema',
            help: 'et tema',
            expected: list(THEME_IDS),
            choice: { noun: 'tema', article: 'et' },
          }),
        )
        .min(1),
      {
        label: 'Tema',
        help: 'ett eller flere tema i hakeparentes; det første er hovedtemaet',
        example: '`themes: [samordning, it-styring]`',
        expected: `minst ett tema: ${list(THEME_IDS)}, f.eks. themes: [samordning]`,
        empty: `minst ett tema: ${list(THEME_IDS)}`,
        wrongType: {
          expected: (input) => `f.eks. themes: [${(typeof input === 'string' && itemsWritten(input)) || 'samordning'}]`,
        },
      },
    ),
    /** A draft is left out of the production build everywhere. Default: false. */
    draft: field(z.boolean().default(false), {
      label: 'Utkast',
      help: '`true` betyr utkast: vises bare i forhåndsvisningen, aldri på nettstedet. Uten feltet er artikkelen publisert',
      example: '`draft: true`',
      expected: 'draft: true (utkast) eller draft: false',
    }),
    /** People the article names, by id in `content/personer.yaml`, with the part they play. Default: none. */
    people: field(
      z
        .array(
          field(
            z.strictObject({
              /** Id of the person in `content/personer.yaml`. */
              id: field(reference(refs?.people, 'person', 'content/personer.yaml'), {
                label: 'Person',
                help: 'id-en til personen i `content/personer.yaml`',
                expected: 'en id fra content/personer.yaml, f.eks. id: eivind-dale',
                references: 'personer.yaml',
              }),
              /** The part the person plays in this article. */
              part: field(z.enum(PARTS), {
                label: 'Rolle',
                help: 'rollen personen har i artikkelen',
                expected: list(PARTS),
                choice: { noun: 'rolle', article: 'en' },
              }),
            }),
            {
              label: 'Person',
              help: 'en person med rollen sin',
              expected: 'hver person som «- id: eivind-dale» og «part: intervjuet» på neste linje',
              wrongType: { problem: (input) => `«${String(input)}» mangler id og part`, expected: personWritten },
            },
          ),
        )
        .default([]),
      {
        label: 'Personer',
        words: ['person', 'folk', 'personar'],
        help: 'personer i artikkelen, fra listen `content/personer.yaml`, med rollen de har her',
        example: 'se eksempelet over',
        expected: 'f.eks.\npeople:\n  - id: eivind-dale\n    part: intervjuet',
        empty: 'fyll ut personene, eller fjern linjen',
        wrongType: { expected: (input) => `hver person med id og rolle på hver sin linje:\n${peopleWritten(input)}` },
      },
    ),
    /** Reports the article discusses, by id in `content/publikasjoner.yaml`. Default: none. */
    publications: field(
      z
        .array(
          field(reference(refs?.publications, 'publikasjon', 'content/publikasjoner.yaml'), {
            label: 'Publikasjon',
            help: 'id-en til publikasjonen i `content/publikasjoner.yaml`',
            expected: 'en id fra content/publikasjoner.yaml',
            references: 'publikasjoner.yaml',
          }),
        )
        .default([]),
      {
        label: 'Publikasjoner',
        words: ['publikasjon', 'rapporter', 'publikasjonar'],
        help: 'rapporter artikkelen omtaler, fra listen `content/publikasjoner.yaml`',
        example: '`publications: [mot-alle-odds]`',
        expected: 'f.eks. publications: [noklene-til-handlingsrommet]',
        empty: 'fyll ut publikasjonene, eller fjern linjen',
      },
    ),
    /**
     * The lead image: in listings and as the Open Graph image, a file in content/bilder/ (whether it
     * exists is checked with the other media, src/lib/validate/media.ts). Optional; the site's default
     * otherwise. `alt` is required with it (WCAG 1.1.1; also `og:image:alt`).
     */
    image: field(
      z
        .strictObject({
          /** Path from the entry, `../bilder/kart.jpg`. */
          src: field(text(), {
            label: 'Bildefil',
            words: ['fil', 'bilde'],
            help: 'stien fra artikkelen til en fil i `content/bilder/`',
            expected: 'src: ../bilder/navn.jpg',
          }),
          /** What the image shows; also `og:image:alt`. */
          alt: field(text(), {
            label: 'Alt-tekst',
            help: 'hva bildet viser',
            expected: 'alt: hva bildet viser (leses opp, og vises når bildet deles)',
            missing: 'mangler alt-tekst',
          }),
        })
        .optional(),
      {
        label: 'Hovedbilde',
        words: ['bilde', 'bilete', 'hovudbilete'],
        help: 'hovedbildet i listene og når artikkelen deles: `src` (en fil i `content/bilder/`) og `alt` (påkrevd)',
        example: 'se eksempelet under',
        expected: 'image:\n  src: ../bilder/kart.jpg\n  alt: Hva bildet viser',
        wrongType: {
          problem: 'skal ha src og alt',
          expected: (input) => `src og alt på hver sin linje under image:\n${imageWritten(input)}`,
        },
      },
    ),
    /** Written form of the text: `nb` (bokmål) or `nn` (nynorsk), src/lib/written-form.ts. Default: nb. */
    lang: field(z.enum(WRITTEN_FORM_IDS).default(SITE_LANG), {
      label: 'Målform',
      words: ['språk', 'malform'],
      help: 'skriv `nn` når teksten er på nynorsk. Uten feltet er den på bokmål',
      example: '`lang: nn`',
      expected: 'lang: nb (bokmål, standard) eller lang: nn (nynorsk)',
      choice: { noun: 'målform', article: 'en', aliases: WRITTEN_FORM_ALIASES },
    }),
  };
}

/** An event's facts, in the order the guide's table gives them. */
const eventFields = {
  /** Start, Oslo time with offset; a date alone when the time is not known. Required. */
  start: field(eventTime(), {
    label: 'Start',
    words: ['fra', 'starttid'],
    help: "dato og klokkeslett med tidssone: `+01:00` om vinteren, `+02:00` om sommeren. Vet du bare datoen, skriv bare den: `'2017-03-03'`",
    expected: TIME_EXPECTED,
    format: 'datetime',
    wrongType: { problem: notATime },
  }),
  /** End, same form as `start`. Optional. */
  end: field(eventTime().optional(), {
    label: 'Slutt',
    words: ['til', 'sluttid'],
    help: 'slutt, på samme form som `start`: begge med klokkeslett, eller begge bare dato. Kan ikke være før start',
    expected: TIME_EXPECTED,
    empty: 'en slutt på samme form som start, eller fjern linjen',
    format: 'datetime',
    wrongType: { problem: notATime },
  }),
  /** Where it happens, as the invitation says it. Required. */
  location: field(text(), {
    label: 'Sted',
    help: "stedet, slik invitasjonen sier det. Er det ikke kjent, skriv `'Ikke oppgitt'`",
    expected: 'stedet, f.eks. location: Regjeringskvartalet, R4 (skriv «Ikke oppgitt» hvis det ikke er kjent)',
  }),
  /** Who the event is for. Optional. */
  audience: field(text().optional(), {
    label: 'Målgruppe',
    help: 'hvem arrangementet er for',
    expected: 'tekst, eller fjern feltet',
  }),
  /** Registration page, `http(s)://`. Optional. */
  registration: field(z.url({ protocol: /^https?$/ }).optional(), {
    label: 'Påmelding',
    words: ['registrering'],
    help: 'full adresse til påmeldingen, som begynner med `https://`',
    expected: 'en full adresse som begynner med https://',
  }),
  /** Who arranges it. Optional. */
  organizer: field(text().optional(), {
    label: 'Arrangør',
    words: ['arrangor'],
    help: 'hvem som arrangerer',
    expected: 'tekst, eller fjern feltet',
  }),
};

/**
 * Events also carry their facts in frontmatter. Start and end: Oslo offsets, the same form (both
 * dates or both date-times, RFC 5545 §3.8.2.2), whole minutes, end not before start
 * (src/lib/event-time.ts).
 */
export const eventSchema = z.strictObject(eventFields).superRefine((e, ctx) => {
  for (const issue of eventTimeIssues(e.start, e.end)) {
    // Astro's build error shows the message alone, so it carries what to write as well; the
    // check's error map says the two apart (params).
    ctx.addIssue({
      code: 'custom',
      message: `${issue.problem} — ${issue.expected}`,
      path: [issue.field],
      params: { problem: issue.problem, expected: issue.expected },
    });
  }
});

const eventField = field(eventSchema, {
  label: 'Arrangement',
  help: 'tid og sted for arrangementet',
  expected: 'event:\n  start: 2017-03-17T08:30:00+01:00\n  location: Stedet',
  missing: 'mangler: et arrangement trenger tid og sted',
  wrongType: {
    problem: 'skal være et objekt med start og location',
    expected: (input) => `start og location på hver sin linje under event:\n${eventWritten(input)}`,
  },
});

/** The fields only some kinds have. */
function extraFields(kind: KindId) {
  return kind === 'arrangementer' ? { event: eventField } : {};
}

/**
 * The frontmatter schema of one kind. With `refs`, ids of people and publications must be in
 * their lists (the check); without, only their form is checked (Astro, which runs after the check).
 * Unknown fields are errors (a strict object): nothing an editor wrote is dropped without a word.
 */
export function entrySchema(kind: KindId, refs?: References) {
  const key = refs ?? NO_REFS;
  const byKind = built.get(key) ?? new Map<KindId, ReturnType<typeof build>>();
  built.set(key, byKind);
  const schema = byKind.get(kind) ?? build(kind, refs);
  byKind.set(kind, schema);
  return schema;
}

const build = (kind: KindId, refs: References | undefined) =>
  z.strictObject({ ...commonFields(refs), ...extraFields(kind) }).superRefine((entry, ctx) => {
    const issue = updatedIssue(entry.date, entry.updated);
    if (issue) ctx.addIssue({ code: 'custom', message: issue.problem, path: ['updated'], params: issue });
  });

/** `updated` before `date`: a revision cannot come before the publication. Both are `YYYY-MM-DD`, so text order is day order. */
export function updatedIssue(
  date: string,
  updated: string | undefined,
): { problem: string; expected: string } | undefined {
  // A day written wrong is said once, by its own field's rule; only two real days are compared.
  if (typeof updated !== 'string' || typeof date !== 'string') return undefined;
  if (dateIssue(updated, 'updated') || dateIssue(date, 'date')) return undefined;
  if (updated >= date) return undefined;
  return {
    problem: `${updated} er før publiseringsdatoen ${date}`,
    expected: `datoen for siste endring, fra og med ${date}, f.eks. updated: ${date}`,
  };
}

/** One schema per kind and set of references: a check of thousands of files builds it once. */
const built = new WeakMap<References, Map<KindId, ReturnType<typeof build>>>();
const NO_REFS: References = { people: new Set(), publications: new Set() };

/** The shared fields, and the kind-only ones: for the guide's tables and a form's configuration. */
export const entryShapes = {
  common: commonFields(undefined),
  event: eventFields,
};

/** The kinds that have `key` as a field of their own, for «event hører bare til arrangementer». */
export function kindsWithField(key: string): KindId[] {
  return KIND_IDS.filter((kind) => key in extraFields(kind));
}
