import { defineCollection } from 'astro:content';
import { file } from 'astro/loaders';
import { z } from 'astro/zod';
import { articleLoader } from './loaders/article-loader.ts';
import { THEME_IDS } from './lib/themes.ts';
import type { KindId } from './lib/kinds.ts';
import { isDateTimeWithOffset, isRealDate, osloSortKey } from './lib/dates.ts';
import { PARTS } from './lib/people.ts';

/** `YYYY-MM-DD`, a day that exists. */
const isoDate = z.string().refine(isRealDate, { message: 'Forventet en dato som finnes, på formen ÅÅÅÅ-MM-DD' });

/** A date-time with offset (`2017-03-17T08:30:00+01:00`), or a date alone when the hour is not known. */
const eventTime = z.string().refine((v) => isDateTimeWithOffset(v) || isRealDate(v), {
  message: 'Forventet dato og klokkeslett med tidssone, f.eks. 2017-03-17T08:30:00+01:00',
});

/** The editors' contract: the frontmatter every kind shares. */
const common = {
  /** The headline. Required. */
  title: z.string().trim().min(1),
  /** The ingress: shown in listings, as meta description and in search results. Required. */
  description: z.string().trim().min(1),
  /** Publication date, `YYYY-MM-DD`. Required. */
  date: isoDate,
  /** One or more themes; the first is the primary theme. Required. */
  themes: z.array(z.enum(THEME_IDS)).min(1),
  /** A draft is left out of the production build everywhere. Default: false. */
  draft: z.boolean().default(false),
  /** People the article names, by id in `content/personer.yaml`, with the part they play. Default: none. */
  people: z
    .array(
      z.object({
        /** Id of the person in `content/personer.yaml`. */
        id: z.string().min(1),
        /** The part the person plays in this article. */
        part: z.enum(PARTS),
      }),
    )
    .default([]),
  /** Reports the article discusses, by id in `content/publikasjoner.yaml`. Default: none. */
  publications: z.array(z.string().min(1)).default([]),
  /** The lead image: in listings and as the Open Graph image. A file in content/bilder/. Optional; the site's default otherwise. */
  image: z
    .object({
      /** Path from the entry, `../bilder/kart.jpg`. */
      src: z.string().min(1),
      /** What the image shows; also `og:image:alt`. Required with the image. */
      alt: z.string().trim().min(1),
    })
    .optional(),
};

/** Events also carry their facts in frontmatter. */
const event = z
  .object({
    /** Start, Oslo time with offset; a date alone when the time is not known. Required. */
    start: eventTime,
    /** End, same form as `start`. Optional. */
    end: eventTime.optional(),
    /** Where it happens, as the invitation says it. Required. */
    location: z.string().trim().min(1),
    /** Registration page. Optional. */
    registration: z.url().optional(),
    /** Who the event is for. Optional. */
    audience: z.string().trim().min(1).optional(),
    /** Who arranges it. Optional. */
    organizer: z.string().trim().min(1).optional(),
  })
  .refine((e) => !e.end || osloSortKey(e.end) >= osloSortKey(e.start), {
    message: 'Arrangementet slutter før det starter',
    path: ['end'],
  });

function articles(kind: KindId, extra: Record<string, z.ZodType> = {}) {
  return defineCollection({
    loader: articleLoader(kind),
    schema: z.object({ ...common, ...extra }),
  });
}

export const collections = {
  artikler: articles('artikler'),
  intervjuer: articles('intervjuer'),
  rapporter: articles('rapporter'),
  arrangementer: articles('arrangementer', { event }),
  /** One shared list of people, so that a name is spelled once. */
  personer: defineCollection({
    loader: file('content/personer.yaml'),
    schema: z.object({
      /** Full name, as the content spells it. */
      name: z.string().min(1),
      /** Position, as the content gives it. */
      role: z.string().min(1),
      /** Other spellings the content uses. */
      aliases: z.array(z.string()).default([]),
    }),
  }),
  /** Reports and notes the content discusses. */
  publikasjoner: defineCollection({
    loader: file('content/publikasjoner.yaml'),
    schema: z.object({
      title: z.string().min(1),
      publisher: z.string().min(1),
      year: z.number().int().optional(),
      /** Report series and number, e.g. «Difi-rapport 2014:7». */
      series: z.string().optional(),
      kind: z.enum(['rapport', 'veiledningsnotat']).default('rapport'),
      url: z.url().optional(),
      aliases: z.array(z.string()).default([]),
      /** The publication itself as a file in content/vedlegg/, written from content/: `vedlegg/rapport.pdf`. Optional. */
      attachment: z.string().optional(),
    }),
  }),
};
